package dev.retort.core.graph.render;

/**
 * Escaping for the text and attribute values of SVG and HTML documents, as the SVG of
 * {@link GraphRenderer} and the pages that embed it need: {@code & < > " '} become entities, and
 * control characters XML 1.0 forbids become {@code ?} so that the document stays well-formed.
 *
 * @since 0.1.0
 */
public final class Markup {

	private Markup() {
	}

	/**
	 * Escape text for an element's content or a quoted attribute value.
	 * @param text the text
	 * @return the escaped text
	 */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// characters XML 1.0 forbids would make the document unreadable; show them as '?'
					boolean allowed = c >= 0x20 || c == '\n' || c == '\t' || c == '\r';
					out.append(allowed ? c : '?');
				}
			}
		}
		return out.toString();
	}

}
