package dev.retort.core.api;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Thrown for every failure Retort reports. The message is meant for people: it names the
 * revision, file or property at fault and, where there is one, the fix. {@link #code()} is meant
 * for programs.
 *
 * @since 0.1.0
 */
public class RetortException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final ErrorCode code;

	public RetortException(ErrorCode code, String message) {
		this(code, message, null);
	}

	public RetortException(ErrorCode code, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.code = Objects.requireNonNull(code, "'code' must not be null");
	}

	/**
	 * The kind of failure.
	 * @return the error code
	 */
	public ErrorCode code() {
		return this.code;
	}

}
