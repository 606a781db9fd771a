package dev.retort.core.graph;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

/**
 * {@code ScriptDirectory._catch_revision_errors}: turns a {@link GraphFailure} into the message
 * Alembic's commands print.
 */
final class AlembicErrors {

	static final String DEFAULT_ANCESTOR = "Requested range %(start)s:%(end)s does not refer to "
			+ "ancestor/descendant revisions along the same branch";

	static final String DEFAULT_MULTIPLE_HEADS = "Multiple head revisions are present for given argument "
			+ "'%(head_arg)s'; please specify a specific target revision, '<branchname>@%(head_arg)s' to "
			+ "narrow to a specific head, or 'heads' for all heads";

	private AlembicErrors() {
	}

	static <T> T run(Supplier<T> action, @Nullable String ancestor, @Nullable String multipleHeads,
			@Nullable String start, @Nullable String end) {
		try {
			return action.get();
		}
		catch (GraphFailure failure) {
			throw convert(failure, ancestor, multipleHeads, start, end);
		}
	}

	static RetortException convert(GraphFailure failure, @Nullable String ancestor, @Nullable String multipleHeads,
			@Nullable String start, @Nullable String end) {
		switch (failure.kind) {
			case RANGE -> {
				String from = (start != null) ? start : String.valueOf(failure.lower);
				String to = (end != null) ? end : String.valueOf(failure.upper);
				String template = (ancestor != null) ? ancestor : DEFAULT_ANCESTOR;
				return new RetortException(ErrorCode.INVALID_PLAN,
						template.replace("%(start)s", from).replace("%(end)s", to), failure);
			}
			case MULTIPLE_HEADS -> {
				String template = (multipleHeads != null) ? multipleHeads : DEFAULT_MULTIPLE_HEADS;
				String argument = (end != null && !end.isEmpty()) ? end : String.valueOf(failure.argument);
				return new RetortException(ErrorCode.MULTIPLE_HEADS, template.replace("%(head_arg)s", argument)
					.replace("%(heads)s", String.join(", ", failure.heads)), failure);
			}
			case RESOLUTION -> {
				return new RetortException(failure.code,
						"Can't locate revision identified by '" + failure.argument + "'", failure);
			}
			default -> {
				return new RetortException(failure.code, failure.getMessage(), failure);
			}
		}
	}

	/** Python's {@code %s} of a tuple of strings. */
	static String pythonTuple(List<String> items) {
		StringBuilder text = new StringBuilder("(");
		for (int i = 0; i < items.size(); i++) {
			text.append(i == 0 ? "" : ", ").append('\'').append(items.get(i)).append('\'');
		}
		return text.append(items.size() == 1 ? ",)" : ")").toString();
	}

}
