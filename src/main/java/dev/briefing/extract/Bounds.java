package dev.briefing.extract;

/**
 * The sentence and the clause a figure stands in, as offsets into the {@link TextView}.
 */
record Bounds(int sentenceStart, int sentenceEnd, int clauseStart, int clauseEnd) {

	static boolean endsSentence(char ch) {
		return ch == '。' || ch == '!' || ch == '?' || ch == '\n' || ch == '…';
	}

	static boolean endsClause(char ch) {
		return endsSentence(ch) || ch == ',' || ch == ';' || ch == ':';
	}

	/**
	 * Text without sentence ends (tables, lists) is cut into pieces of at most this much
	 * either side.
	 */
	static final int MAX_REACH = 300;

	static Bounds of(TextView v, int start, int end) {
		int ss = start;
		while (ss > 0 && start - ss < MAX_REACH && !endsSentence(v.c[ss - 1])) {
			ss--;
		}
		int se = end;
		while (se < v.n && se - end < MAX_REACH && !endsSentence(v.c[se])) {
			se++;
		}
		if (se < v.n && endsSentence(v.c[se]) && v.c[se] != '\n') {
			se++;
			while (se < v.n && (v.c[se] == '”' || v.c[se] == '"' || v.c[se] == ')' || v.c[se] == '」')) {
				se++;
			}
		}
		while (ss < start && (v.c[ss] == '”' || v.c[ss] == '"' || v.c[ss] == ')' || v.c[ss] == ' ')) {
			ss++;
		}
		return within(v, start, end, ss, se);
	}

	/**
	 * The bounds of a figure in the same sentence as this one: only the clause is looked
	 * for again.
	 */
	Bounds next(TextView v, int start, int end) {
		if (start >= sentenceStart && end <= sentenceEnd && start - sentenceStart < MAX_REACH
				&& sentenceEnd - end < MAX_REACH) {
			return within(v, start, end, sentenceStart, sentenceEnd);
		}
		return of(v, start, end);
	}

	private static Bounds within(TextView v, int start, int end, int ss, int se) {
		int cs = start;
		while (cs > ss && !endsClause(v.c[cs - 1])) {
			cs--;
		}
		int ce = end;
		while (ce < se && !endsClause(v.c[ce])) {
			ce++;
		}
		return new Bounds(ss, se, cs, ce);
	}
}
