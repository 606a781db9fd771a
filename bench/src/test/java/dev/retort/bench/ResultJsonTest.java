package dev.retort.bench;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results file keeps the layout of the hand-written writer it replaced (the expected text
 * below is that writer's output for the same run): sorted keys, three decimals, {@code null} for a
 * figure that is not finite, one line per row.
 */
class ResultJsonTest {

	@Test
	void runShouldBeWrittenOneRowALine() {
		RunResult run = new RunResult(Map.of("os", "Linux \"x\"\n", "processors", "2"),
				List.of(new ApplyResult(Tool.RETORT, Database.H2, 1000, 1000, 454.3691, 454.36949, 600.39749, 214.876,
						6011, 1002, List.of(1650.363, 484.82, 0.0004)),
						new ApplyResult(Tool.FLYWAY, Database.POSTGRESQL, 10, 5, Double.NaN, 2.0, 0.0, 1.0, 1, 2,
								List.of())),
				List.of(new NoopResult(Tool.RETORT, "cold", Database.H2, 10, 1.5, 1.25, 3)),
				List.of(new GraphResult(100, 1.0, 2.0, 3.0)),
				List.of(new BootResult("retort", Database.H2, 0, 12.5, 10.0)));
		assertThat(ResultJson.of(run)).isEqualTo("""
				{
				  "machine": {
				    "os": "Linux \\"x\\"\\n",
				    "processors": "2"
				  },
				  "apply": [
				    { "applied": 1000, "commits": 1002, "database": "h2", "finished": true, \
				"firstThousandUsPerRevision": 600.397, "growth": 0.358, "lastThousandUsPerRevision": 214.876, \
				"n": 1000, "perRevisionUs": 454.369, "roundTrips": 6011, "tool": "retort", "totalMs": 454.369, \
				"curveUsPerRevision": [1650.363, 484.820, 0.000] },
				    { "applied": 5, "commits": 2, "database": "postgresql", "finished": false, \
				"firstThousandUsPerRevision": 0.000, "growth": null, "lastThousandUsPerRevision": 1.000, "n": 10, \
				"perRevisionUs": 2.000, "roundTrips": 1, "tool": "flyway", "totalMs": null, "curveUsPerRevision": [] }
				  ],
				  "noop": [
				    { "database": "h2", "medianMs": 1.500, "minMs": 1.250, "n": 10, "roundTrips": 3, "tool": "retort", \
				"variant": "cold" }
				  ],
				  "graph": [
				    { "graphMs": 2.000, "loadMs": 1.000, "n": 100, "planMs": 3.000, "totalMs": 6.000 }
				  ],
				  "boot": [
				    { "contextMs": 10.000, "database": "h2", "n": 0, "readyMs": 12.500, "variant": "retort" }
				  ]
				}
				""");
	}

}
