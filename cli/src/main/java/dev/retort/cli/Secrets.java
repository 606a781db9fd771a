package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps passwords out of everything the CLI prints, whatever a driver put into a message. */
final class Secrets {

	private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;\\s]*");

	private static final Pattern URL_USERINFO = Pattern.compile("(//[^:/@\\s]+:)[^@/\\s]+@");

	/** The userinfo password of a URL, for masking it where a driver quotes it without the {@code //user:}. */
	private static final Pattern USERINFO_PASSWORD = Pattern.compile("//[^:/@\\s]+:([^@/\\s]+)@");

	private Secrets() {
	}

	static String mask(String text, GlobalOptions root) {
		String masked = URL_PASSWORD.matcher(text).replaceAll("$1****");
		masked = URL_USERINFO.matcher(masked).replaceAll("$1****@");
		for (String secret : secrets(root)) {
			masked = masked.replace(secret, "****");
		}
		return masked;
	}

	/**
	 * The configured password and any password inside the configured URL: drivers quote pieces of a
	 * URL they cannot parse ("Incorrect port value : secret@host", an unknown host "user:secret@host"),
	 * where no URL pattern matches any more.
	 */
	private static List<String> secrets(GlobalOptions root) {
		List<String> secrets = new ArrayList<>();
		try {
			Settings settings = root.settings();
			settings.password().filter((password) -> !password.isEmpty()).ifPresent(secrets::add);
			settings.url().ifPresent((url) -> fromUrl(url, secrets));
		}
		catch (RuntimeException ex) {
			// settings themselves failed to resolve: nothing secret was read from them
		}
		if (root.url != null) {
			fromUrl(root.url, secrets);
		}
		return secrets;
	}

	private static void fromUrl(String url, List<String> secrets) {
		Matcher parameter = URL_PASSWORD.matcher(url);
		while (parameter.find()) {
			String value = parameter.group().substring("password=".length());
			if (!value.isEmpty()) {
				secrets.add(value);
			}
		}
		Matcher userInfo = USERINFO_PASSWORD.matcher(url);
		if (userInfo.find()) {
			secrets.add(userInfo.group(1));
		}
	}

}
