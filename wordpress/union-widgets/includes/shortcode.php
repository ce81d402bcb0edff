<?php
/**
 * `[union_widget type="town-hall" src="https://…/campaign.json#/townHall" source="UFCW7"]`, for
 * the classic editor and page builders. The same render as the block. Attributes:
 * type (required: vote-tally, action-checklist, town-hall, petition-counter, ta-list); file (the
 * ID of a campaign file in the media library) with part (its key, default the widget's own) or
 * src (an http(s) address, `#/pointer` allowed); source; lang (en, es, tl, zh-Hans, zh-Hant, vi, ko); refresh (seconds);
 * accent, text, surface (hex colours); link, link_text (the fallback link). Text between
 * `[union_widget]` and `[/union_widget]` replaces the fallback link.
 *
 * @package UnionWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the shortcode.
 *
 * @param array|string $atts    Attributes ('' when none).
 * @param string|null  $content Enclosed content.
 */
function union_widgets_shortcode( $atts, $content = null ) {
	$atts = shortcode_atts(
		array(
			'type'      => '',
			'file'      => 0,
			'part'      => '',
			'src'       => '',
			'source'    => '',
			'lang'      => '',
			'refresh'   => 0,
			'accent'    => '',
			'text'      => '',
			'surface'   => '',
			'link'      => '',
			'link_text' => '',
		),
		$atts,
		'union_widget'
	);
	$args = array(
		'widget'    => $atts['type'],
		'file'      => $atts['file'],
		'part'      => $atts['part'],
		'url'       => $atts['file'] ? '' : $atts['src'],
		'source'    => $atts['source'],
		'lang'      => $atts['lang'],
		'refresh'   => $atts['refresh'],
		'accent'    => $atts['accent'],
		'text'      => $atts['text'],
		'surface'   => $atts['surface'],
		'link_url'  => $atts['link'],
		'link_text' => $atts['link_text'],
	);
	$fallback = null === $content ? '' : trim( wp_kses_post( $content ) );
	return union_widgets_render( $args, '', $fallback );
}
add_shortcode( 'union_widget', 'union_widgets_shortcode' );
