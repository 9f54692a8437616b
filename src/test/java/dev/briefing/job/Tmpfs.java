package dev.briefing.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A small filesystem of its own (tmpfs) mounted on a scratch folder, for faults that only
 * a real disk shows: full, or read-only. Needs root (tests run as root here and in CI) or
 * password-less sudo.
 */
final class Tmpfs implements AutoCloseable {

	private final Path dir;

	private Tmpfs(Path dir) {
		this.dir = dir;
	}

	/**
	 * Mounts a tmpfs of the given size on the folder. A machine that does not let this
	 * process mount (no root, no password-less sudo, or a container without the right to
	 * mount) aborts the test with that reason: a fault of the machine, not of the
	 * program.
	 */
	static Tmpfs mount(Path dir, String size) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		try {
			run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", dir.toString());
		}
		catch (IOException ex) {
			Assumptions.abort(
					"this machine does not let the tests mount a tmpfs, which the disk tests need: " + ex.getMessage());
		}
		return new Tmpfs(dir);
	}

	Path dir() {
		return dir;
	}

	/** Gives the filesystem a new size, keeping its files. */
	void resize(String size) throws IOException, InterruptedException {
		run("mount", "-o", "remount,size=" + size, dir.toString());
	}

	/** Makes the filesystem read-only, keeping its files. */
	void readOnly() throws IOException, InterruptedException {
		run("mount", "-o", "remount,ro", dir.toString());
	}

	@Override
	public void close() throws IOException, InterruptedException {
		run("umount", "-l", dir.toString());
	}

	private static void run(String... command) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>();
		if (!"root".equals(System.getProperty("user.name"))) {
			cmd.addAll(List.of("sudo", "-n"));
		}
		cmd.addAll(List.of(command));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException(String.join(" ", cmd) + " failed (the disk tests need root or password-less sudo "
					+ "to mount a tmpfs): " + out);
		}
	}

}
