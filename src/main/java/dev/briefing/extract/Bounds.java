package dev.briefing.extract;

/** The sentence and the clause a figure stands in, as offsets into the {@link TextView}. */
record Bounds(int sentenceStart, int sentenceEnd, int clauseStart, int clauseEnd) {

	static boolean endsSentence(char ch) {
		return ch == '。' || ch == '!' || ch == '?' || ch == '\n' || ch == '…';
	}

	static boolean endsClause(char ch) {
		return endsSentence(ch) || ch == ',' || ch == ';' || ch == ':';
	}

	/** Text without sentence ends (tables, lists) is cut into pieces of at most this much either side. */
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
		int cs = start;
		while (cs > ss && !endsClause(v.c[cs - 1])) {
			cs--;
		}
		int ce = end;
		while (ce < se && !endsClause(v.c[ce])) {
			ce++;
		}
		while (ss < start && (v.c[ss] == '”' || v.c[ss] == '"' || v.c[ss] == ')' || v.c[ss] == ' ')) {
			ss++;
		}
		return new Bounds(ss, se, cs, ce);
	}
}
