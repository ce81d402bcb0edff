<?php
/**
 * The "Union widget" block: one dynamic block, offered in the inserter as five variations (Vote
 * tally, Action checklist, Town hall, Petition counter, Tentative agreements). It saves only its
 * attributes; union_widgets_render() writes the element on every view, so the widget works for
 * every role that can publish.
 *
 * @package UnionWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script and style, then the block from its block.json. */
function union_widgets_register_block() {
	$dir = plugins_url( 'blocks/union-widget/', UNION_WIDGETS_FILE );
	wp_register_script(
		'union-widgets-block-editor',
		$dir . 'index.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-api-fetch' ),
		UNION_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script(
		'union-widgets-block-editor',
		'window.unionWidgetsEditor = ' . wp_json_encode(
			array(
				'library'   => add_query_arg( 'ver', UNION_WIDGETS_VERSION, union_widgets_lib_url( 'union-widgets.js' ) ),
				'checker'   => add_query_arg( 'ver', UNION_WIDGETS_VERSION, plugins_url( 'js/campaign-check.js', UNION_WIDGETS_FILE ) ),
				'canUpload' => current_user_can( 'upload_files' ),
			)
		) . ';',
		'before'
	);
	// The plugin's own translations (languages/union-widgets-{locale}-{md5}.json, built from the
	// .po files); wordpress.org's, in wp-content/languages/plugins/, when the plugin has none.
	wp_set_script_translations( 'union-widgets-block-editor', 'union-widgets', UNION_WIDGETS_DIR . '/languages' );
	wp_register_style( 'union-widgets-block-editor', $dir . 'editor.css', array(), UNION_WIDGETS_VERSION );
	register_block_type( UNION_WIDGETS_DIR . '/blocks/union-widget', array( 'render_callback' => 'union_widgets_render_block' ) );
}
add_action( 'init', 'union_widgets_register_block' );

/**
 * Renders the block.
 *
 * @param array $attributes The block's attributes (block.json).
 */
function union_widgets_render_block( $attributes ) {
	$a      = wp_parse_args( $attributes, array( 'dataSource' => 'file' ) );
	$source = in_array( $a['dataSource'], array( 'file', 'url', 'inline' ), true ) ? $a['dataSource'] : 'file';
	$args   = array(
		'widget'    => isset( $a['widget'] ) ? $a['widget'] : '',
		'file'      => 'file' === $source && isset( $a['fileId'] ) ? $a['fileId'] : 0,
		'part'      => isset( $a['part'] ) ? $a['part'] : '',
		'url'       => 'url' === $source && isset( $a['url'] ) ? $a['url'] : '',
		'data'      => 'inline' === $source && isset( $a['data'] ) ? $a['data'] : '',
		'source'    => isset( $a['source'] ) ? $a['source'] : '',
		'lang'      => isset( $a['lang'] ) ? $a['lang'] : '',
		'refresh'   => isset( $a['refresh'] ) ? $a['refresh'] : 0,
		'accent'    => isset( $a['accent'] ) ? $a['accent'] : '',
		'text'      => isset( $a['textColour'] ) ? $a['textColour'] : '',
		'surface'   => isset( $a['surface'] ) ? $a['surface'] : '',
		'link_url'  => isset( $a['linkUrl'] ) ? $a['linkUrl'] : '',
		'link_text' => isset( $a['linkText'] ) ? $a['linkText'] : '',
	);
	return union_widgets_render( $args, get_block_wrapper_attributes() );
}
