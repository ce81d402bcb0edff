<?php
/**
 * Campaign files in the media library.
 *
 * WordPress refuses `.json` uploads, and should keep refusing them site-wide. This plugin takes
 * them through its own handler only — the block's "Upload a campaign file" button and
 * Media → Campaign files — for users who can `upload_files`, after checking the file:
 * - in the browser, the library's own checker (lib/schemas.js, the same code as
 *   `union-widgets validate`) runs first, so problems are listed with their field paths exactly
 *   as the CLI and the widgets word them;
 * - here, on the server, whatever the client did: valid JSON, a top-level object with at least
 *   one widget's part, and each part checked against the widgets' schemas (lib/shapes.json,
 *   generated from the same definitions at build time: types, required fields, list sizes,
 *   fixed choices; the date, zone and link formats are left to the browser's check).
 * A stored file is an attachment (`application/json`), marked as a campaign file, and is served
 * by union_widgets_serve_campaign() with a JSON content type, caching and CORS headers.
 *
 * @package UnionWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Post meta that marks an attachment as a campaign file; holds its top-level keys. */
const UNION_WIDGETS_CAMPAIGN_META = '_union_widgets_campaign';

/** A feed must be under this size, as in the library and the CLI. */
const UNION_WIDGETS_MAX_BYTES = 5242880;

/**
 * The widgets' schemas, as data: widget name => shape (see scripts/build-wordpress.mjs).
 *
 * @return array<string, object>
 */
function union_widgets_shapes() {
	static $shapes = null;
	if ( null === $shapes ) {
		$file   = UNION_WIDGETS_DIR . '/lib/shapes.json';
		$shapes = is_readable( $file ) ? (array) json_decode( (string) file_get_contents( $file ) ) : array(); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	}
	return $shapes;
}

/**
 * A value as problems show it (as the library's `show()`): text quoted and cut at 60 characters.
 *
 * @param mixed $v A decoded JSON value.
 */
function union_widgets_show( $v ) {
	if ( is_string( $v ) ) {
		$chars = preg_split( '//u', $v, -1, PREG_SPLIT_NO_EMPTY );
		if ( is_array( $chars ) && count( $chars ) > 60 ) {
			$v = implode( '', array_slice( $chars, 0, 57 ) ) . '…';
		}
		return wp_json_encode( $v, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	}
	if ( is_object( $v ) ) {
		return 'an object';
	}
	if ( is_array( $v ) ) {
		return 'a list';
	}
	if ( is_bool( $v ) ) {
		return $v ? 'true' : 'false';
	}
	return null === $v ? 'null' : (string) $v;
}

/**
 * Checks a decoded value against a shape; appends "path: message" problems to $errors.
 *
 * @param object   $s      A shape: { t, p?, req?, of?, min?, max?, int?, what?, enum? }.
 * @param mixed    $v      The value (objects decoded as stdClass, lists as arrays).
 * @param string   $path   Where it is (`townHall.sessions[1]`).
 * @param string[] $errors Problems found so far.
 */
function union_widgets_check_shape( $s, $v, $path, &$errors ) {
	$fail = function ( $what ) use ( $v, $path, &$errors ) {
		$errors[] = $path . ': ' . union_widgets_show( $v ) . ' is not ' . $what;
	};
	switch ( $s->t ) {
		case 'str':
			if ( ! is_string( $v ) ) {
				$fail( 'text' );
			} elseif ( isset( $s->min ) && strlen( trim( $v ) ) < $s->min ) {
				$fail( 'non-empty text' );
			}
			return;
		case 'num':
			$number = ( is_int( $v ) || is_float( $v ) ) && is_finite( $v );
			$whole  = $number && floor( $v ) === (float) $v && abs( $v ) <= 9007199254740991;
			if ( ! $number || ( ! empty( $s->int ) && ! $whole )
				|| ( isset( $s->min ) && $v < $s->min ) || ( isset( $s->max ) && $v > $s->max ) ) {
				$fail( isset( $s->what ) ? $s->what : 'a number' );
			}
			return;
		case 'bool':
			if ( ! is_bool( $v ) ) {
				$fail( 'true or false' );
			}
			return;
		case 'enum':
			if ( empty( $s->soft ) && ! in_array( $v, $s->of, true ) ) {
				$fail( 'one of ' . implode( ', ', $s->of ) );
			}
			return;
		case 'arr':
			if ( is_array( $v ) && isset( $s->max ) && count( $v ) > $s->max ) {
				$errors[] = $path . ': has ' . count( $v ) . ' items; at most ' . $s->max;
			} elseif ( ! is_array( $v ) || ( isset( $s->min ) && count( $v ) < $s->min ) ) {
				$fail( isset( $s->min ) && $s->min ? 'a list of at least ' . $s->min : 'a list' );
			} else {
				foreach ( array_values( $v ) as $i => $item ) {
					union_widgets_check_shape( $s->of, $item, $path . '[' . $i . ']', $errors );
				}
			}
			return;
		case 'obj':
			if ( ! is_object( $v ) ) {
				$fail( 'an object' );
				return;
			}
			$required = isset( $s->req ) ? $s->req : array();
			foreach ( get_object_vars( $s->p ) as $key => $inner ) {
				$at = '' === $path ? $key : $path . '.' . $key;
				if ( property_exists( $v, $key ) ) {
					union_widgets_check_shape( $inner, $v->$key, $at, $errors );
				} elseif ( in_array( $key, $required, true ) ) {
					$errors[] = $at . ': is required';
				}
			}
			return;
	}
}

/**
 * Checks a campaign file's text. Returns the decoded document (stdClass) or a WP_Error whose
 * message lists every problem with its path.
 *
 * @param string $text The file's content.
 * @param string $name Its name, for messages.
 * @return object|WP_Error
 */
function union_widgets_check_campaign( $text, $name ) {
	if ( strlen( $text ) > UNION_WIDGETS_MAX_BYTES ) {
		/* translators: %s: file name. */
		return new WP_Error( 'union_widgets_too_big', sprintf( __( '%s is over 5 MB; a campaign file must be smaller.', 'union-widgets' ), $name ) );
	}
	$doc = json_decode( preg_replace( '/^\xEF\xBB\xBF/', '', $text ), false, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: 1: file name, 2: the JSON parser's message. */
		return new WP_Error( 'union_widgets_json', sprintf( __( '%1$s is not valid JSON: %2$s', 'union-widgets' ), $name, json_last_error_msg() ) );
	}
	if ( ! is_object( $doc ) ) {
		/* translators: %s: file name. */
		return new WP_Error( 'union_widgets_shape', sprintf( __( '%s must hold a JSON object with the widgets’ parts (voteTally, actionChecklist, townHall, petition, taList).', 'union-widgets' ), $name ) );
	}
	$shapes = union_widgets_shapes();
	$found  = array();
	$errors = array();
	foreach ( union_widgets_types() as $widget => $key ) {
		if ( property_exists( $doc, $key ) ) {
			$found[] = $key;
			if ( isset( $shapes[ $widget ] ) ) {
				union_widgets_check_shape( $shapes[ $widget ], $doc->$key, $key, $errors );
			}
		}
	}
	if ( ! $found ) {
		$has = array_slice( array_keys( get_object_vars( $doc ) ), 0, 12 );
		return new WP_Error(
			'union_widgets_shape',
			sprintf(
				/* translators: 1: file name, 2: the keys the file has. */
				__( '%1$s has none of the widgets’ parts (voteTally, actionChecklist, townHall, petition, taList); it has: %2$s', 'union-widgets' ),
				$name,
				$has ? implode( ', ', $has ) : __( 'nothing', 'union-widgets' )
			)
		);
	}
	if ( $errors ) {
		$shown = array_slice( $errors, 0, 20 );
		return new WP_Error(
			'union_widgets_invalid',
			sprintf(
				/* translators: 1: file name, 2: number of problems. */
				_n( '%1$s has %2$d problem:', '%1$s has %2$d problems:', count( $errors ), 'union-widgets' ),
				$name,
				count( $errors )
			) . "\n" . implode( "\n", $shown ),
			array( 'problems' => $errors )
		);
	}
	return $doc;
}

/**
 * Stores a checked campaign file as a new attachment, or as the new content of an existing one.
 *
 * @param string $text       The file's content.
 * @param string $name       The uploaded file's name.
 * @param int    $replace_id A campaign file to replace (0: a new one).
 * @return int|WP_Error The attachment ID.
 */
function union_widgets_store_campaign( $text, $name, $replace_id = 0 ) {
	$name = sanitize_file_name( $name );
	if ( ! preg_match( '/\.json$/i', $name ) ) {
		return new WP_Error( 'union_widgets_name', __( 'A campaign file’s name must end in .json.', 'union-widgets' ) );
	}
	$doc = union_widgets_check_campaign( $text, $name );
	if ( is_wp_error( $doc ) ) {
		return $doc;
	}
	$keys = array_keys( get_object_vars( $doc ) );
	if ( is_multisite() && function_exists( 'upload_is_user_over_quota' ) && upload_is_user_over_quota( false ) ) {
		return new WP_Error( 'union_widgets_quota', __( 'This site has used its upload space.', 'union-widgets' ) );
	}
	if ( $replace_id ) {
		$path = union_widgets_campaign_path( $replace_id );
		if ( is_wp_error( $path ) ) {
			return $path;
		}
		if ( false === file_put_contents( $path, $text ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- the attachment's own file.
			return new WP_Error( 'union_widgets_write', __( 'The campaign file could not be written.', 'union-widgets' ) );
		}
		update_post_meta( $replace_id, UNION_WIDGETS_CAMPAIGN_META, $keys );
		wp_update_post( array( 'ID' => $replace_id ) );
		return $replace_id;
	}
	$allow_json = function ( $mimes ) {
		return array_merge( $mimes, array( 'json' => 'application/json' ) );
	};
	// JSON is allowed for this one write only, never for the media library's own uploads.
	add_filter( 'upload_mimes', $allow_json );
	$upload = wp_upload_bits( $name, null, $text );
	remove_filter( 'upload_mimes', $allow_json );
	if ( ! empty( $upload['error'] ) ) {
		return new WP_Error( 'union_widgets_write', $upload['error'] );
	}
	$id = wp_insert_attachment(
		array(
			'post_mime_type' => 'application/json',
			'post_title'     => preg_replace( '/\.json$/i', '', $name ),
			'post_status'    => 'inherit',
		),
		$upload['file'],
		0,
		true
	);
	if ( is_wp_error( $id ) ) {
		return $id;
	}
	update_post_meta( $id, UNION_WIDGETS_CAMPAIGN_META, $keys );
	return $id;
}

/**
 * The file of a campaign attachment.
 *
 * @param int $id Attachment ID.
 * @return string|WP_Error
 */
function union_widgets_campaign_path( $id ) {
	$path = 'attachment' === get_post_type( $id ) && metadata_exists( 'post', $id, UNION_WIDGETS_CAMPAIGN_META )
		? get_attached_file( $id )
		: false;
	if ( ! $path || ! is_readable( $path ) ) {
		/* translators: %d: attachment ID. */
		return new WP_Error( 'union_widgets_no_file', sprintf( __( 'There is no campaign file with ID %d.', 'union-widgets' ), $id ) );
	}
	return $path;
}

/**
 * A campaign file's document, decoded (objects as arrays), cached for the request.
 *
 * @param int $id Attachment ID.
 * @return array|WP_Error
 */
function union_widgets_read_campaign( $id ) {
	static $cache = array();
	if ( ! isset( $cache[ $id ] ) ) {
		$path = union_widgets_campaign_path( $id );
		$doc  = is_wp_error( $path ) ? $path : json_decode( (string) file_get_contents( $path ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		if ( ! is_wp_error( $doc ) && ! is_array( $doc ) ) {
			/* translators: %d: attachment ID. */
			$doc = new WP_Error( 'union_widgets_json', sprintf( __( 'Campaign file %d is not valid JSON.', 'union-widgets' ), $id ) );
		}
		$cache[ $id ] = $doc;
	}
	return $cache[ $id ];
}

/**
 * The address a widget reads a campaign file from: served by this plugin, with JSON headers.
 *
 * @param int $id Attachment ID.
 */
function union_widgets_campaign_url( $id ) {
	return add_query_arg( 'union_campaign', (int) $id, home_url( '/' ) );
}

/**
 * A campaign file as the block editor and Media → Campaign files list it.
 *
 * @param int $id Attachment ID.
 */
function union_widgets_campaign_item( $id ) {
	$path = get_attached_file( $id );
	return array(
		'id'       => (int) $id,
		'title'    => get_the_title( $id ),
		'file'     => $path ? wp_basename( $path ) : '',
		'url'      => union_widgets_campaign_url( $id ),
		'parts'    => array_values( (array) get_post_meta( $id, UNION_WIDGETS_CAMPAIGN_META, true ) ),
		'modified' => get_post_modified_time( 'c', true, $id ),
	);
}

/**
 * Every campaign file, newest first.
 *
 * @return int[]
 */
function union_widgets_campaign_ids() {
	return get_posts(
		array(
			'post_type'      => 'attachment',
			'post_status'    => 'inherit',
			'post_mime_type' => 'application/json',
			'meta_key'       => UNION_WIDGETS_CAMPAIGN_META, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- a handful of files.
			'posts_per_page' => 100,
			'orderby'        => 'date',
			'order'          => 'DESC',
			'fields'         => 'ids',
		)
	);
}

/** `?union_campaign=ID`: the file, as JSON a CDN and the widgets' conditional requests like. */
function union_widgets_query_vars( $vars ) {
	$vars[] = 'union_campaign';
	return $vars;
}
add_filter( 'query_vars', 'union_widgets_query_vars' );

/**
 * Serves a campaign file: `Content-Type: application/json`, a short public cache lifetime
 * (filter `union_widgets_campaign_max_age`, default 60 s), an ETag and Last-Modified answered
 * with 304, and CORS so another site of the local can embed the same file.
 *
 * @param WP $wp The request.
 */
function union_widgets_serve_campaign( $wp ) {
	if ( ! isset( $wp->query_vars['union_campaign'] ) ) {
		return;
	}
	$path = union_widgets_campaign_path( absint( $wp->query_vars['union_campaign'] ) );
	header( 'X-Content-Type-Options: nosniff' );
	header( 'Access-Control-Allow-Origin: *' );
	if ( is_wp_error( $path ) ) {
		status_header( 404 );
		header( 'Content-Type: text/plain; charset=utf-8' );
		header( 'Cache-Control: no-store' );
		echo esc_html( $path->get_error_message() );
		exit;
	}
	$etag    = '"' . md5_file( $path ) . '"';
	$max_age = (int) apply_filters( 'union_widgets_campaign_max_age', 60 );
	header( 'Content-Type: application/json; charset=utf-8' );
	header( 'Cache-Control: public, max-age=' . max( 0, $max_age ) );
	header( 'ETag: ' . $etag );
	header( 'Last-Modified: ' . gmdate( 'D, d M Y H:i:s', (int) filemtime( $path ) ) . ' GMT' );
	header( 'Access-Control-Expose-Headers: ETag, Retry-After' );
	$asked = isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_IF_NONE_MATCH'] ) ) : '';
	if ( '' !== $asked && in_array( $etag, array_map( 'trim', explode( ',', $asked ) ), true ) ) {
		status_header( 304 );
		exit;
	}
	status_header( 200 );
	header( 'Content-Length: ' . filesize( $path ) );
	readfile( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_readfile -- the file, as it is.
	exit;
}
add_action( 'parse_request', 'union_widgets_serve_campaign' );

/** The REST routes the block editor uses: list, upload and replace campaign files. */
function union_widgets_register_routes() {
	register_rest_route(
		'union-widgets/v1',
		'/campaigns',
		array(
			array(
				'methods'             => 'GET',
				'permission_callback' => function () {
					return current_user_can( 'edit_posts' );
				},
				'callback'            => function () {
					return rest_ensure_response( array_map( 'union_widgets_campaign_item', union_widgets_campaign_ids() ) );
				},
			),
			array(
				'methods'             => 'POST',
				'permission_callback' => function () {
					return current_user_can( 'upload_files' );
				},
				'callback'            => 'union_widgets_rest_upload',
			),
		)
	);
	register_rest_route(
		'union-widgets/v1',
		'/campaigns/(?P<id>\d+)',
		array(
			'methods'             => 'POST',
			'permission_callback' => function ( $request ) {
				return current_user_can( 'upload_files' ) && current_user_can( 'edit_post', (int) $request['id'] );
			},
			'callback'            => 'union_widgets_rest_upload',
		)
	);
}
add_action( 'rest_api_init', 'union_widgets_register_routes' );

/**
 * POST a multipart `file`: stores it (or replaces campaign file `id`) or answers 400 with every
 * problem.
 *
 * @param WP_REST_Request $request The request.
 */
function union_widgets_rest_upload( $request ) {
	$files = $request->get_file_params();
	$file  = isset( $files['file'] ) ? $files['file'] : null;
	if ( ! $file || ! empty( $file['error'] ) || ! is_uploaded_file( $file['tmp_name'] ) ) {
		return new WP_Error( 'union_widgets_no_upload', __( 'No file was uploaded.', 'union-widgets' ), array( 'status' => 400 ) );
	}
	if ( filesize( $file['tmp_name'] ) > UNION_WIDGETS_MAX_BYTES ) {
		/* translators: %s: file name. */
		return new WP_Error( 'union_widgets_too_big', sprintf( __( '%s is over 5 MB; a campaign file must be smaller.', 'union-widgets' ), $file['name'] ), array( 'status' => 400 ) );
	}
	$text = (string) file_get_contents( $file['tmp_name'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file.
	$id   = union_widgets_store_campaign( $text, $file['name'], isset( $request['id'] ) ? (int) $request['id'] : 0 );
	if ( is_wp_error( $id ) ) {
		$id->add_data( array_merge( (array) $id->get_error_data(), array( 'status' => 400 ) ) );
		return $id;
	}
	return new WP_REST_Response( union_widgets_campaign_item( $id ), isset( $request['id'] ) ? 200 : 201 );
}
