package dev.retort.cli;

/**
 * Entry point of {@code retort.jar}.
 *
 * @since 0.1.0
 */
public final class Main {

	private Main() {
	}

	/**
	 * Run one command and exit with its status.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		DriverLogging.quiet();
		System.exit(RetortCli.execute(args, CliIo.system()));
	}

}
