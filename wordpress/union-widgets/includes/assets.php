<?php
/**
 * The library's own files, shipped in lib/ (copied from the build's dist/ by
 * scripts/build-wordpress.mjs): no third-party CDN, and nothing loaded on a page without a widget.
 *
 * Two registrations, printed only when a block or shortcode renders a widget:
 * - `union-widgets`: the ES module (lib/union-widgets.js, which loads its lazy parts from
 *   lib/chunks/), printed as `<script type="module">`;
 * - `union-widgets-classic`: the single-file classic build (lib/union-widgets.iife.js), printed
 *   with `nomodule`, for browsers without module support — modern browsers skip it unloaded.
 * Media → Campaign files' own script (`union-widgets-admin`, admin/campaign-files.js) is a module
 * too. WordPress 6.1–6.4 have no script-module API, so the type is set through `script_loader_tag`,
 * which works the same on every version the plugin supports.
 *
 * @package UnionWidgets
 */

defined( 'ABSPATH' ) || exit;

/** URL of a file in the plugin's lib/ folder. */
function union_widgets_lib_url( $file ) {
	return plugins_url( 'lib/' . $file, UNION_WIDGETS_FILE );
}

/** Registers the library's scripts (not enqueued: see union_widgets_enqueue_library()). */
function union_widgets_register_library() {
	wp_register_script( 'union-widgets', union_widgets_lib_url( 'union-widgets.js' ), array(), UNION_WIDGETS_VERSION, true );
	wp_register_script( 'union-widgets-classic', union_widgets_lib_url( 'union-widgets.iife.js' ), array(), UNION_WIDGETS_VERSION, true );
}
add_action( 'init', 'union_widgets_register_library' );

/** Called by the render function: the page has a widget, so it gets the library. */
function union_widgets_enqueue_library() {
	wp_enqueue_script( 'union-widgets' );
	wp_enqueue_script( 'union-widgets-classic' );
}

/**
 * Prints the module as a module and the classic file as its `nomodule` fallback.
 *
 * @param string $tag    The `<script>` tag WordPress built.
 * @param string $handle Its handle.
 * @param string $src    Its URL.
 */
function union_widgets_script_tag( $tag, $handle, $src ) {
	if ( 'union-widgets' === $handle ) {
		return sprintf( "<script type=\"module\" src=\"%s\" id=\"union-widgets-js\"></script>\n", esc_url( $src ) );
	}
	if ( 'union-widgets-classic' === $handle ) {
		return sprintf( "<script nomodule src=\"%s\" id=\"union-widgets-classic-js\"></script>\n", esc_url( $src ) );
	}
	if ( 'union-widgets-admin' === $handle ) {
		// Only the tag that loads the file: WordPress prints the translations before it, in $tag.
		return preg_replace( '#<script(?: type=([\'"])text/javascript\1)?([^>]*\ssrc=)#', '<script type="module"$2', $tag, 1 );
	}
	return $tag;
}
add_filter( 'script_loader_tag', 'union_widgets_script_tag', 10, 3 );
