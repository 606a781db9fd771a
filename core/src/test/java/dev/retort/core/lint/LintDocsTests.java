package dev.retort.core.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.retort.core.internal.lint.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/lint.md describes every rule and every category. */
class LintDocsTests {

	@Test
	void everyRuleAndCategoryIsDocumented() throws IOException {
		String docs = Files.readString(Path.of("..", "docs", "lint.md"));
		for (Rule rule : Rule.values()) {
			assertThat(docs).as(rule.id()).containsPattern("### `[^\\n]*" + rule.id() + "`");
			assertThat(docs).as(rule.id()).contains("| `" + rule.id() + "` | " + rule.category().id() + " | "
					+ rule.severity().id() + " |");
		}
		for (Category category : Category.values()) {
			assertThat(docs).contains("| `" + category.id() + "` |");
		}
	}

}
