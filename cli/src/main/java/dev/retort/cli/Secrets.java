package dev.retort.cli;

import java.util.regex.Pattern;

/** Keeps passwords out of everything the CLI prints, whatever a driver put into a message. */
final class Secrets {

	private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;\\s]*");

	private static final Pattern URL_USERINFO = Pattern.compile("(//[^:/@\\s]+:)[^@/\\s]+@");

	private Secrets() {
	}

	static String mask(String text, GlobalOptions root) {
		String masked = URL_PASSWORD.matcher(text).replaceAll("$1****");
		masked = URL_USERINFO.matcher(masked).replaceAll("$1****@");
		try {
			String password = root.settings().password().orElse(null);
			if (password != null && !password.isEmpty()) {
				masked = masked.replace(password, "****");
			}
		}
		catch (RuntimeException ex) {
			// settings themselves failed to resolve: nothing secret was read
		}
		return masked;
	}

}
