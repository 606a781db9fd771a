package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.MigrationResult;

/** The {@code --json} shape of what {@code upgrade}, {@code downgrade} and {@code stamp} did. */
final class MigrationOutput {

	private MigrationOutput() {
	}

	static String json(MigrationResult result) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("headsBefore", result.headsBefore());
		out.put("headsAfter", result.headsAfter());
		List<Object> steps = result.steps().stream().map(MigrationOutput::step).toList();
		out.put("steps", steps);
		return Json.write(out);
	}

	private static Object step(AppliedStep applied) {
		Map<String, Object> step = new LinkedHashMap<>();
		step.put("revision", applied.step().revision().id());
		step.put("operation", applied.step().operation().label());
		step.put("from", applied.step().fromRevisions());
		step.put("to", applied.step().toRevisions());
		step.put("message", applied.step().revision().message());
		step.put("durationMs", applied.duration().toMillis());
		return step;
	}

}
