package dev.retort.hibernate;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The packages a Spring Boot application scans for entities, found in its compiled classes: those
 * of {@code @EntityScan} when present, else the package of the {@code @SpringBootApplication}
 * class, as Boot decides. The annotations' own classes need not be loadable: without them on the
 * class path a class file's constant pool still names them (then {@code @EntityScan}'s packages
 * cannot be read and the application's package is used). Empty when neither annotation is found.
 */
final class EntityScanPackages {

	private static final Set<String> ENTITY_SCAN = Set.of("org.springframework.boot.persistence.autoconfigure.EntityScan",
			"org.springframework.boot.autoconfigure.domain.EntityScan");

	private static final String APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

	private EntityScanPackages() {
	}

	static List<String> find(List<Class<?>> classes) {
		Set<String> entityScan = new LinkedHashSet<>();
		Set<String> application = new LinkedHashSet<>();
		for (Class<?> type : classes) {
			boolean seen = false;
			for (Annotation annotation : annotations(type)) {
				String name = annotation.annotationType().getName();
				if (ENTITY_SCAN.contains(name)) {
					entityScan.addAll(packages(annotation, type));
					seen = true;
				}
				else if (name.equals(APPLICATION)) {
					application.add(type.getPackageName());
					seen = true;
				}
			}
			if (!seen && namesApplication(type)) {
				application.add(type.getPackageName());
			}
		}
		return List.copyOf(entityScan.isEmpty() ? application : entityScan);
	}

	private static Annotation[] annotations(Class<?> type) {
		try {
			return type.getAnnotations();
		}
		catch (LinkageError | RuntimeException ex) {
			return new Annotation[0];
		}
	}

	/** {@code basePackages}, {@code value} and the packages of {@code basePackageClasses}; the class's own when none. */
	private static List<String> packages(Annotation annotation, Class<?> type) {
		List<String> packages = new ArrayList<>();
		try {
			for (String attribute : List.of("basePackages", "value")) {
				Method method = annotation.annotationType().getMethod(attribute);
				packages.addAll(List.of((String[]) method.invoke(annotation)));
			}
			Method classes = annotation.annotationType().getMethod("basePackageClasses");
			for (Class<?> marker : (Class<?>[]) classes.invoke(annotation)) {
				packages.add(marker.getPackageName());
			}
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			// an annotation of another shape: fall back to the class's package
		}
		return packages.isEmpty() ? List.of(type.getPackageName()) : packages;
	}

	/** Whether the class file names {@code @SpringBootApplication}, whose class is not loadable here. */
	private static boolean namesApplication(Class<?> type) {
		ClassLoader loader = type.getClassLoader();
		if (loader == null) {
			return false;
		}
		try (InputStream in = loader.getResourceAsStream(type.getName().replace('.', '/') + ".class")) {
			if (in == null) {
				return false;
			}
			String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			return text.contains("L" + APPLICATION.replace('.', '/') + ";");
		}
		catch (IOException ex) {
			return false;
		}
	}

}
