<?php
/**
 * One render path for the block and the shortcode: the custom element is built on the server
 * from attributes. WordPress removes `<script>`, `<style>` and unknown tags from what users
 * without `unfiltered_html` (Authors; Editors on multisite) save, so nothing the members need
 * lives in the saved post content: the block saves only its attributes, the shortcode only its
 * own, and this function writes the element, its data and its fallback link on every view.
 *
 * @package UnionWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The five widgets: name (as in `<union-NAME>`) => the key of its part in a campaign file.
 *
 * @return array<string, string>
 */
function union_widgets_types() {
	return array(
		'vote-tally'       => 'voteTally',
		'action-checklist' => 'actionChecklist',
		'town-hall'        => 'townHall',
		'petition-counter' => 'petition',
		'ta-list'          => 'taList',
	);
}

/** The links a widget renders, and so the only ones its fallback may use (as in the library). */
function union_widgets_link_protocols() {
	return array( 'http', 'https', 'mailto', 'tel', 'sms' );
}

/**
 * Text as the block editor stored it. The editor writes `&`, `<` and `>` of every text attribute
 * as `&amp;`, `&lt;` and `&gt;`, because WordPress runs block attributes through wp_kses() when
 * an Author saves: a raw `&` would come back as `&amp;` and a raw `<` would lose the rest of the
 * text. Written that way, kses leaves the text as it is; this undoes exactly that encoding (and
 * kses's own `&` → `&amp;`, `>` → `&gt;` on text that was saved raw, e.g. in a shortcode).
 *
 * @param mixed $value A stored attribute.
 */
function union_widgets_stored_text( $value ) {
	return is_string( $value ) ? strtr( $value, array( '&lt;' => '<', '&gt;' => '>', '&amp;' => '&' ) ) : '';
}

/**
 * The languages the library ships (src/internal/languages.ts), as BCP 47 tags, with their own
 * names: the block's and the shortcode's `lang` is one of these, or '' for the page's language.
 */
function union_widgets_languages() {
	return array(
		'en'      => 'English',
		'es'      => 'Español',
		'tl'      => 'Tagalog',
		'zh-Hans' => '简体中文',
		'zh-Hant' => '繁體中文',
		'vi'      => 'Tiếng Việt',
		'ko'      => '한국어',
	);
}

/**
 * The library's language for a WordPress locale (es_MX → es, zh_TW → zh-Hant, zh_CN → zh-Hans),
 * or 'en'.
 *
 * @param string $locale A WordPress locale.
 */
function union_widgets_language_of_locale( $locale ) {
	$parts = explode( '_', $locale );
	if ( 'zh' === $parts[0] ) {
		return isset( $parts[1] ) && in_array( $parts[1], array( 'TW', 'HK', 'MO' ), true ) ? 'zh-Hant' : 'zh-Hans';
	}
	if ( 'fil' === $parts[0] ) {
		return 'tl';
	}
	return isset( union_widgets_languages()[ $parts[0] ] ) ? $parts[0] : 'en';
}

/**
 * The default link text for members who see the fallback, in the widget's language. The
 * languages other than English and Spanish follow docs/glossary.md and await a native
 * speaker's review, like the library's own strings in them.
 *
 * @param string $widget Widget name.
 * @param string $lang   '' (the site's language) or a key of union_widgets_languages().
 */
function union_widgets_default_link_text( $widget, $lang ) {
	if ( '' === $lang ) {
		$lang = union_widgets_language_of_locale( determine_locale() );
	}
	$texts = array(
		'en'      => array(
			'vote-tally'       => 'See how the vote went',
			'action-checklist' => 'See what you can do',
			'town-hall'        => 'Register for the town hall',
			'petition-counter' => 'Sign the petition',
			'ta-list'          => 'See the tentative agreements',
		),
		'es'      => array(
			'vote-tally'       => 'Mira los resultados de la votación',
			'action-checklist' => 'Mira lo que puedes hacer',
			'town-hall'        => 'Inscríbete en la asamblea',
			'petition-counter' => 'Firma la petición',
			'ta-list'          => 'Mira los acuerdos tentativos',
		),
		'tl'      => array(
			'vote-tally'       => 'Tingnan ang resulta ng botohan',
			'action-checklist' => 'Tingnan ang mga magagawa mo',
			'town-hall'        => 'Magparehistro para sa pulong',
			'petition-counter' => 'Pumirma sa petisyon',
			'ta-list'          => 'Tingnan ang mga pansamantalang kasunduan',
		),
		'zh-Hans' => array(
			'vote-tally'       => '查看投票结果',
			'action-checklist' => '查看您可以采取的行动',
			'town-hall'        => '报名参加座谈会',
			'petition-counter' => '签署请愿书',
			'ta-list'          => '查看暂定协议',
		),
		'zh-Hant' => array(
			'vote-tally'       => '查看投票結果',
			'action-checklist' => '查看您可以採取的行動',
			'town-hall'        => '報名參加座談會',
			'petition-counter' => '簽署請願書',
			'ta-list'          => '查看暫定協議',
		),
		'vi'      => array(
			'vote-tally'       => 'Xem kết quả bỏ phiếu',
			'action-checklist' => 'Xem những việc bạn có thể làm',
			'town-hall'        => 'Đăng ký tham dự buổi họp đoàn viên',
			'petition-counter' => 'Ký thỉnh nguyện thư',
			'ta-list'          => 'Xem các thỏa thuận tạm thời',
		),
		'ko'      => array(
			'vote-tally'       => '투표 결과 보기',
			'action-checklist' => '할 수 있는 행동 보기',
			'town-hall'        => '타운홀 미팅 등록하기',
			'petition-counter' => '청원에 서명하기',
			'ta-list'          => '잠정 합의 보기',
		),
	);
	return isset( $texts[ $lang ] ) ? $texts[ $lang ][ $widget ] : $texts['en'][ $widget ];
}

/**
 * Normalises what a block or shortcode asked for. Unknown keys are ignored; every value is
 * checked here, so the render below only escapes.
 *
 * @param array $args See the defaults.
 * @return array|WP_Error
 */
function union_widgets_normalize( $args ) {
	$args = wp_parse_args(
		$args,
		array(
			'widget'    => '',
			'file'      => 0,
			'part'      => '',
			'url'       => '',
			'data'      => '',
			'source'    => '',
			'lang'      => '',
			'refresh'   => 0,
			'accent'    => '',
			'text'      => '',
			'surface'   => '',
			'link_url'  => '',
			'link_text' => '',
		)
	);
	$types = union_widgets_types();
	if ( ! is_string( $args['widget'] ) || ! isset( $types[ $args['widget'] ] ) ) {
		return new WP_Error(
			'union_widgets_type',
			/* translators: %s: the list of widget names. */
			sprintf( __( 'Unknown widget type. Use one of: %s.', 'union-widgets' ), implode( ', ', array_keys( $types ) ) )
		);
	}
	$part    = union_widgets_stored_text( $args['part'] );
	$refresh = absint( $args['refresh'] );
	$lang    = is_string( $args['lang'] ) && isset( union_widgets_languages()[ $args['lang'] ] ) ? $args['lang'] : '';
	return array(
		'widget'    => $args['widget'],
		'file'      => absint( $args['file'] ),
		'part'      => '' === $part ? $types[ $args['widget'] ] : $part,
		'url'       => trim( union_widgets_stored_text( $args['url'] ) ),
		'data'      => trim( union_widgets_stored_text( $args['data'] ) ),
		'source'    => sanitize_text_field( union_widgets_stored_text( $args['source'] ) ),
		'lang'      => $lang,
		'refresh'   => 0 === $refresh ? 0 : min( 3600, max( 10, $refresh ) ),
		'colours'   => array(
			'--union-accent'  => sanitize_hex_color( $args['accent'] ),
			'--union-text'    => sanitize_hex_color( $args['text'] ),
			'--union-surface' => sanitize_hex_color( $args['surface'] ),
		),
		'link_url'  => trim( union_widgets_stored_text( $args['link_url'] ) ),
		'link_text' => sanitize_text_field( union_widgets_stored_text( $args['link_text'] ) ),
	);
}

/**
 * Where the element reads its data and, when the server can read that data itself (a campaign
 * file, inline data), the widget's part of it, for the fallback link.
 *
 * @param array $w Normalised arguments.
 * @return array{src: string, inline: string, part: mixed, problem: string}
 */
function union_widgets_data_for( $w ) {
	$out = array(
		'src'     => '',
		'inline'  => '',
		'part'    => null,
		'problem' => '',
	);
	if ( '' !== $w['data'] ) {
		$decoded = json_decode( $w['data'], true );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			$out['problem'] = __( 'The data in the block is not valid JSON.', 'union-widgets' );
			return $out;
		}
		$out['inline'] = $w['data'];
		$out['part']   = $decoded;
		return $out;
	}
	if ( $w['file'] ) {
		$campaign = union_widgets_read_campaign( $w['file'] );
		if ( is_wp_error( $campaign ) ) {
			$out['problem'] = $campaign->get_error_message();
			return $out;
		}
		$out['src']  = union_widgets_campaign_url( $w['file'] ) . '#' . union_widgets_pointer( array( $w['part'] ) );
		$out['part'] = isset( $campaign[ $w['part'] ] ) ? $campaign[ $w['part'] ] : null;
		if ( null === $out['part'] ) {
			/* translators: %s: a top-level key of the campaign file, e.g. townHall. */
			$out['problem'] = sprintf( __( 'The campaign file has no part "%s".', 'union-widgets' ), $w['part'] );
		}
		return $out;
	}
	if ( '' !== $w['url'] ) {
		$out['src'] = esc_url_raw( $w['url'], array( 'http', 'https' ) );
		if ( '' === $out['src'] ) {
			$out['problem'] = __( 'The data address must start with http:// or https://.', 'union-widgets' );
		}
		return $out;
	}
	$out['problem'] = __( 'Choose the widget’s data: a campaign file, an address or data in the block.', 'union-widgets' );
	return $out;
}

/**
 * A JSON Pointer (RFC 6901) from reference tokens, percent-encoded for a URL fragment.
 *
 * @param string[] $tokens Object keys.
 */
function union_widgets_pointer( $tokens ) {
	$pointer = '';
	foreach ( $tokens as $token ) {
		$pointer .= '/' . rawurlencode( str_replace( array( '~', '/' ), array( '~0', '~1' ), $token ) );
	}
	return $pointer;
}

/**
 * The action link members get before the script runs, without JavaScript and when the data
 * cannot be shown: the block's own link, or the one in the widget's data (the petition, the
 * registration), with the `source` attribution the element would add.
 *
 * @param array $w    Normalised arguments.
 * @param mixed $part The widget's data, when the server could read it.
 */
function union_widgets_fallback_link( $w, $part ) {
	$part  = is_array( $part ) ? $part : array();
	$title = isset( $part['title'] ) && is_string( $part['title'] ) ? $part['title'] : '';
	$url   = '' !== $w['link_url'] ? $w['link_url'] : union_widgets_action_url( $w['widget'], $part );
	$url   = esc_url_raw( $url, union_widgets_link_protocols() );
	$text  = '' !== $w['link_text'] ? $w['link_text'] : $title;
	if ( '' === $url ) {
		return '' === $text ? '' : '<p>' . esc_html( $text ) . '</p>';
	}
	if ( '' !== $w['source'] && preg_match( '#^https?://#i', $url ) ) {
		$url = add_query_arg( 'source', rawurlencode( $w['source'] ), $url );
	}
	if ( '' === $text ) {
		$text = union_widgets_default_link_text( $w['widget'], $w['lang'] );
	}
	return '<a href="' . esc_url( $url, union_widgets_link_protocols() ) . '">' . esc_html( $text ) . '</a>';
}

/**
 * The action a widget's data links to, if any.
 *
 * @param string $widget Widget name.
 * @param array  $part   The widget's data.
 */
function union_widgets_action_url( $widget, $part ) {
	$first_url = function ( $list, $key ) {
		foreach ( is_array( $list ) ? $list : array() as $item ) {
			if ( is_array( $item ) && isset( $item[ $key ] ) && is_string( $item[ $key ] ) ) {
				return $item[ $key ];
			}
		}
		return '';
	};
	switch ( $widget ) {
		case 'petition-counter':
			return isset( $part['url'] ) && is_string( $part['url'] ) ? $part['url'] : '';
		case 'town-hall':
			return isset( $part['registrationUrl'] ) && is_string( $part['registrationUrl'] )
				? $part['registrationUrl']
				: $first_url( isset( $part['sessions'] ) ? $part['sessions'] : array(), 'registrationUrl' );
		case 'action-checklist':
			return $first_url( isset( $part['actions'] ) ? $part['actions'] : array(), 'url' );
		case 'vote-tally':
			return $first_url( isset( $part['results'] ) ? $part['results'] : array(), 'url' );
		default:
			return '';
	}
}

/**
 * The element for one widget, with its data, attributes and fallback; enqueues the library.
 *
 * @param array  $args     Block attributes or shortcode attributes, mapped to
 *                         union_widgets_normalize()'s keys.
 * @param string $wrapper  Extra attributes for the element (the block's wrapper attributes).
 * @param string $fallback Fallback HTML given by the author (shortcode content), already safe.
 */
function union_widgets_render( $args, $wrapper = '', $fallback = '' ) {
	$w = union_widgets_normalize( $args );
	if ( is_wp_error( $w ) ) {
		return union_widgets_problem( $w->get_error_message() );
	}
	$data = union_widgets_data_for( $w );
	if ( '' === $fallback ) {
		$fallback = union_widgets_fallback_link( $w, $data['part'] );
	}
	$tag   = 'union-' . $w['widget'];
	$attrs = '' === $wrapper ? ' class="union-widget"' : ' ' . trim( $wrapper );
	if ( '' !== $data['src'] ) {
		$attrs .= ' src="' . esc_url( $data['src'] ) . '"';
	}
	if ( '' !== $w['source'] ) {
		$attrs .= ' source="' . esc_attr( $w['source'] ) . '"';
	}
	if ( '' !== $w['lang'] ) {
		$attrs .= ' lang="' . esc_attr( $w['lang'] ) . '"';
	}
	if ( $w['refresh'] && '' !== $data['src'] ) {
		$attrs .= ' refresh="' . esc_attr( (string) $w['refresh'] ) . '"';
	}
	$style = '';
	foreach ( array_filter( $w['colours'] ) as $property => $colour ) {
		$style .= $property . ':' . $colour . ';';
	}
	if ( '' !== $style ) {
		$attrs .= ' style="' . esc_attr( $style ) . '"';
	}
	$inline = '';
	if ( '' !== $data['inline'] ) {
		// Valid JSON has `<`, `>` and `&` only inside strings, where \u escapes mean the same: the
		// text cannot end the script element, and the data reaches the widget as it was written.
		$json   = str_replace( array( '<', '>', '&' ), array( '\u003c', '\u003e', '\u0026' ), $data['inline'] );
		$inline = '<script type="application/json">' . $json . '</script>';
	}
	union_widgets_enqueue_library();
	$problem = '' === $data['problem'] ? '' : union_widgets_problem( $data['problem'] );
	return $problem . '<' . $tag . $attrs . '>' . $fallback . $inline . '</' . $tag . '>';
}

/**
 * A problem in a widget's settings, shown only to people who can edit posts (members see the
 * fallback link alone); everyone else gets nothing.
 *
 * @param string $message What is wrong.
 */
function union_widgets_problem( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="union-widgets-problem" role="note"><strong>' . esc_html__( 'Union widget:', 'union-widgets' ) . '</strong> ' . esc_html( $message ) . '</p>';
}
