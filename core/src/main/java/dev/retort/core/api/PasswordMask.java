package dev.retort.core.api;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Keeps passwords out of messages, logs and output, wherever a driver or a stack trace put them,
 * without touching the rest of the text. A password is masked only where it stands as a value:
 * <ul>
 * <li>as the password of a URL's user-info ({@code //user:secret@host}) and as the value of a
 * {@code password=} parameter, whatever the value is;</li>
 * <li>the configured password (and any password inside the configured URLs) as a whole token next
 * to a URL delimiter ({@code :}, {@code @}, {@code /}, {@code =}, {@code ;}, {@code &},
 * {@code ?}), where drivers quote the pieces of a URL they cannot parse ({@code "Incorrect port
 * value : secret@host"}, an unknown host {@code "user:secret@host"}).</li>
 * </ul>
 * A short password is never masked inside other words or in plain prose: with the password
 * {@code t} or {@code role}, {@code FATAL: role "nobody" does not exist} stays as it is.
 *
 * <pre>{@code
 * PasswordMask mask = PasswordMask.of(List.of(url), password);
 * System.err.println("FAILED: " + mask.mask(ex.getMessage()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PasswordMask {

	/** What a masked password becomes. */
	public static final String MASK = "****";

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)([^&;\\s]*)");

	private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^:/@\\s]+:)([^@/\\s]+)(@)");

	private static final String URL_DELIMITERS = ":@/=;&?";

	/** What closes a quoted or bracketed URL in a message. */
	private static final String CLOSING_QUOTES = "'\"`)]}>";

	/** What may follow a quoted URL's password in a message: closing quotes, then sentence marks. */
	private static final String CLOSING_PUNCTUATION = CLOSING_QUOTES + ".,:;!?";

	private final List<String> secrets;

	private PasswordMask(List<String> secrets) {
		// the longest first: a known password that another one begins with is masked whole
		this.secrets = secrets.stream()
			.distinct()
			.sorted(java.util.Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	/**
	 * A mask for a configured password and the passwords inside the configured URLs.
	 * @param urls the JDBC URLs in use (nulls are skipped)
	 * @param password the configured password, or {@code null}
	 * @return the mask
	 */
	public static PasswordMask of(Collection<@Nullable String> urls, @Nullable String password) {
		List<String> secrets = new ArrayList<>();
		if (password != null && !password.isEmpty()) {
			secrets.add(password);
		}
		for (String url : urls) {
			if (url == null) {
				continue;
			}
			Matcher parameter = PASSWORD_PARAMETER.matcher(url);
			while (parameter.find()) {
				if (!parameter.group(2).isEmpty()) {
					secrets.add(parameter.group(2));
				}
			}
			Matcher userInfo = USERINFO_PASSWORD.matcher(url);
			while (userInfo.find()) {
				secrets.add(userInfo.group(2));
			}
		}
		return new PasswordMask(secrets);
	}

	/**
	 * Mask the passwords in a text.
	 * @param text the text, for example an exception's message or a stack trace
	 * @return the text with each password that stands as a value replaced by {@link #MASK}
	 */
	public String mask(@Nullable String text) {
		if (text == null) {
			return "null";
		}
		String masked = PASSWORD_PARAMETER.matcher(text).replaceAll((parameter) -> Matcher
			.quoteReplacement(parameter.group(1) + MASK + afterKnownSecret(parameter.group(2))));
		masked = USERINFO_PASSWORD.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "$3");
		for (String secret : this.secrets) {
			masked = maskTokens(masked, secret);
		}
		return masked;
	}

	/**
	 * Whether a text holds a password this mask would replace.
	 * @param text the text
	 * @return {@code true} when {@link #mask(String)} changes it
	 */
	public boolean reveals(@Nullable String text) {
		return text != null && !mask(text).equals(text);
	}

	/**
	 * A copy of a failure whose message and causes' messages no longer hold the passwords. The
	 * causes are folded into the message and not attached, since their own messages (and their
	 * causes') may quote the password; the stack trace is kept.
	 * @param failure the failure
	 * @return the failure itself when nothing in it needs masking, else the masked copy
	 */
	public SQLException maskFailure(Exception failure) {
		StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
		for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			message.append(" (caused by ").append(cause.getClass().getName()).append(": ").append(cause.getMessage())
				.append(')');
		}
		String text = message.toString();
		if (failure instanceof SQLException sql && !reveals(text)) {
			return sql;
		}
		SQLException copy = (failure instanceof SQLException sql)
				? new SQLException(mask(text), sql.getSQLState(), sql.getErrorCode()) : new SQLException(mask(text));
		copy.setStackTrace(failure.getStackTrace());
		return copy;
	}

	/**
	 * What follows a known password inside a {@code password=} value: in a message that quotes a
	 * URL ({@code '…?password=s3cr3t'.}) the closing quote and punctuation run on up to the next
	 * space, and only the password itself is masked. Anything else after a known password (it may
	 * be the rest of a longer, unknown one, {@code s3cr3t!}) and a value that begins with no known
	 * password are masked whole.
	 */
	private String afterKnownSecret(String value) {
		for (String secret : this.secrets) {
			if (value.startsWith(secret)) {
				String rest = value.substring(secret.length());
				boolean closes = rest.isEmpty() || (CLOSING_QUOTES.indexOf(rest.charAt(0)) >= 0
						&& rest.chars().allMatch((c) -> CLOSING_PUNCTUATION.indexOf(c) >= 0));
				return closes ? rest : "";
			}
		}
		return "";
	}

	/** Replace the occurrences of a secret that are whole tokens next to a URL delimiter. */
	private static String maskTokens(String text, String secret) {
		StringBuilder result = new StringBuilder(text.length());
		int from = 0;
		int at = text.indexOf(secret);
		while (at >= 0) {
			int end = at + secret.length();
			char before = (at > 0) ? text.charAt(at - 1) : ' ';
			char after = (end < text.length()) ? text.charAt(end) : ' ';
			boolean wholeToken = !Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(after);
			boolean value = URL_DELIMITERS.indexOf(before) >= 0 || URL_DELIMITERS.indexOf(after) >= 0;
			if (wholeToken && value) {
				result.append(text, from, at).append(MASK);
				from = end;
				at = text.indexOf(secret, end);
			}
			else {
				at = text.indexOf(secret, at + 1);
			}
		}
		return result.append(text, from, text.length()).toString();
	}

}
