package dev.retort.core.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;

/**
 * Alembic's internal {@code RevisionError} family, before {@link AlembicErrors} turns it into the
 * message the command prints.
 */
final class GraphFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	enum Kind {

		/** {@code RevisionError}: the message is printed as is. */
		REVISION,
		/** {@code ResolutionError}: printed as "Can't locate revision identified by ...". */
		RESOLUTION,
		/** {@code MultipleHeads}. */
		MULTIPLE_HEADS,
		/** {@code RangeNotAncestorError}. */
		RANGE,
		/** Alembic itself fails (an assertion); Retort refuses the request instead. */
		CRASH

	}

	final Kind kind;

	final ErrorCode code;

	/** The argument of a resolution error or a multiple-heads error. */
	final @Nullable String argument;

	final List<String> heads;

	/** The lower and upper identifiers of a range error, formatted as Python prints them. */
	final @Nullable String lower;

	final @Nullable String upper;

	private GraphFailure(Kind kind, ErrorCode code, String message, @Nullable String argument, List<String> heads,
			@Nullable String lower, @Nullable String upper) {
		super(message, null, false, false);
		this.kind = kind;
		this.code = code;
		this.argument = argument;
		this.heads = heads;
		this.lower = lower;
		this.upper = upper;
	}

	static GraphFailure revision(ErrorCode code, String message) {
		return new GraphFailure(Kind.REVISION, code, message, null, List.of(), null, null);
	}

	static GraphFailure resolution(ErrorCode code, String message, String argument) {
		return new GraphFailure(Kind.RESOLUTION, code, message, argument, List.of(), null, null);
	}

	static GraphFailure multipleHeads(List<String> heads, @Nullable String argument) {
		return new GraphFailure(Kind.MULTIPLE_HEADS, ErrorCode.MULTIPLE_HEADS, "Multiple heads are present for "
				+ "given argument '" + argument + "'; " + String.join(", ", heads), argument, List.copyOf(heads), null,
				null);
	}

	static GraphFailure range(@Nullable String lower, @Nullable String upper) {
		return new GraphFailure(Kind.RANGE, ErrorCode.INVALID_PLAN, "Revision " + (lower != null ? lower : "base")
				+ " is not an ancestor of revision " + (upper != null ? upper : "base"), null, List.of(), lower, upper);
	}

	static GraphFailure crash(String message) {
		return new GraphFailure(Kind.CRASH, ErrorCode.INVALID_TARGET, message, null, List.of(), null, null);
	}

}
