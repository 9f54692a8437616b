package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

	@TempDir
	Path dir;

	@Test
	void oneHolderAtATimeAndTheHolderIsNamed() throws Exception {
		Path file = RunLock.lockFileOf("jdbc:hsqldb:file:" + dir.resolve("db/briefing") + ";hsqldb.tx=mvcc");
		assertThat(file).isEqualTo(dir.resolve("db/briefing.run.lock"));
		try (RunLock first = RunLock.tryAcquire(file, "run --date 2024-11-22").orElseThrow()) {
			Optional<RunLock> second = RunLock.tryAcquire(file, "run --date 2024-11-23");
			assertThat(second).isEmpty();
			assertThat(RunLock.holder(file)).contains("pid " + ProcessHandle.current().pid())
				.contains("command: run --date 2024-11-22")
				.contains("started ");
		}
		try (RunLock again = RunLock.tryAcquire(file, "status").orElseThrow()) {
			assertThat(RunLock.holder(file)).contains("command: status");
		}
	}

}
