package dev.retort.test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * The JUnit extension behind {@link DatabaseTest @DatabaseTest}: one invocation per kind, a fresh
 * database created before each and dropped after it.
 *
 * @since 0.1.0
 */
public final class DatabaseExtension implements TestTemplateInvocationContextProvider {

	@Override
	public boolean supportsTestTemplate(ExtensionContext context) {
		return context.getTestMethod().map((method) -> method.isAnnotationPresent(DatabaseTest.class)).orElse(false);
	}

	@Override
	public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
		DatabaseTest annotation = context.getRequiredTestMethod().getAnnotation(DatabaseTest.class);
		return Arrays.stream(annotation.value()).map(Invocation::new);
	}

	private record Invocation(DatabaseKind kind) implements TestTemplateInvocationContext {

		@Override
		public String getDisplayName(int invocationIndex) {
			return this.kind.name().toLowerCase(Locale.ROOT);
		}

		@Override
		public List<Extension> getAdditionalExtensions() {
			return List.of(new FreshDatabase(this.kind));
		}

	}

	/** Creates the database in {@code beforeEach} so that an unavailable server aborts the test cleanly. */
	private static final class FreshDatabase implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(FreshDatabase.class);

		private final DatabaseKind kind;

		FreshDatabase(DatabaseKind kind) {
			this.kind = kind;
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			context.getStore(NAMESPACE).put(TestDatabase.class, TestDatabase.create(this.kind));
		}

		@Override
		public void afterEach(ExtensionContext context) {
			TestDatabase database = context.getStore(NAMESPACE).remove(TestDatabase.class, TestDatabase.class);
			if (database != null) {
				database.close();
			}
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == TestDatabase.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
		}

	}

}
