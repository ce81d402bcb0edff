<?php
/**
 * Media → Campaign files: upload a campaign file (or a new version of one), see each file's
 * address and parts, and copy a shortcode. For the classic editor, page builders and for
 * webmasters who update the campaign without opening a post. The form posts to admin-post.php
 * with a nonce; admin/campaign-files.js checks the chosen file in the browser first with the
 * library's own checker, and the server checks it again (includes/campaign-files.php).
 *
 * @package UnionWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Adds the page under Media. */
function union_widgets_admin_menu() {
	$hook = add_media_page(
		__( 'Campaign files', 'union-widgets' ),
		__( 'Campaign files', 'union-widgets' ),
		'upload_files',
		'union-widgets-campaigns',
		'union_widgets_admin_page'
	);
	add_action( 'admin_print_scripts-' . $hook, 'union_widgets_admin_scripts' );
}
add_action( 'admin_menu', 'union_widgets_admin_menu' );

/**
 * The page's script: a module, so it can import the checker; its words come from wp.i18n, with
 * the plugin's translations (languages/). Printed as a module by union_widgets_script_tag().
 */
function union_widgets_admin_scripts() {
	wp_enqueue_script( 'union-widgets-admin', plugins_url( 'admin/campaign-files.js', UNION_WIDGETS_FILE ), array( 'wp-i18n' ), UNION_WIDGETS_VERSION, true );
	wp_set_script_translations( 'union-widgets-admin', 'union-widgets', UNION_WIDGETS_DIR . '/languages' );
}

/** The notice left by the last upload of the current user, once. */
function union_widgets_take_notice() {
	$key    = 'union_widgets_notice_' . get_current_user_id();
	$notice = get_transient( $key );
	delete_transient( $key );
	return is_array( $notice ) ? $notice : null;
}

/** Renders the page. */
function union_widgets_admin_page() {
	if ( ! current_user_can( 'upload_files' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to upload files.', 'union-widgets' ) );
	}
	$notice = union_widgets_take_notice();
	$ids    = union_widgets_campaign_ids();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Campaign files', 'union-widgets' ); ?></h1>
		<p><?php esc_html_e( 'A campaign file is one JSON file holding the data of any of the widgets (voteTally, actionChecklist, townHall, petition, taList). Upload it here or from a Union widget block; every widget that uses it shows the new data when you upload a new version.', 'union-widgets' ); ?></p>
		<?php if ( $notice ) : ?>
			<div class="notice notice-<?php echo esc_attr( $notice['ok'] ? 'success' : 'error' ); ?>" id="union-widgets-result" role="alert">
				<p style="white-space: pre-line"><?php echo esc_html( $notice['message'] ); ?></p>
			</div>
		<?php endif; ?>
		<p>
			<?php esc_html_e( 'To write or change a campaign without touching JSON, use the campaign editor: fill in its forms, download campaign.json, then upload it here (as a new version of the file it came from).', 'union-widgets' ); ?>
			<a href="<?php echo esc_url( union_widgets_editor_url() ); ?>" target="_blank" rel="noopener" id="union-widgets-new-in-editor"><?php esc_html_e( 'Open the campaign editor (new tab)', 'union-widgets' ); ?></a>
		</p>
		<h2><?php esc_html_e( 'Upload a campaign file', 'union-widgets' ); ?></h2>
		<form method="post" enctype="multipart/form-data" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" id="union-widgets-upload">
			<input type="hidden" name="action" value="union_widgets_upload" />
			<?php wp_nonce_field( 'union_widgets_upload' ); ?>
			<p>
				<label for="union-widgets-file"><?php esc_html_e( 'Campaign file (.json)', 'union-widgets' ); ?></label><br />
				<input type="file" name="campaign" id="union-widgets-file" accept=".json,application/json" required />
			</p>
			<?php if ( $ids ) : ?>
				<p>
					<label for="union-widgets-replace"><?php esc_html_e( 'Upload as', 'union-widgets' ); ?></label><br />
					<select name="replace" id="union-widgets-replace">
						<option value="0"><?php esc_html_e( 'A new campaign file', 'union-widgets' ); ?></option>
						<?php foreach ( $ids as $id ) : ?>
							<?php /* translators: %s: a campaign file's title. */ ?>
							<option value="<?php echo esc_attr( (string) $id ); ?>"><?php echo esc_html( sprintf( __( 'A new version of “%s”', 'union-widgets' ), get_the_title( $id ) ) ); ?></option>
						<?php endforeach; ?>
					</select>
				</p>
			<?php endif; ?>
			<div id="union-widgets-check" role="status" aria-live="polite"></div>
			<?php submit_button( __( 'Upload', 'union-widgets' ) ); ?>
		</form>
		<h2><?php esc_html_e( 'Your campaign files', 'union-widgets' ); ?></h2>
		<?php if ( ! $ids ) : ?>
			<p><?php esc_html_e( 'None yet.', 'union-widgets' ); ?></p>
		<?php else : ?>
			<table class="widefat striped">
				<thead>
					<tr>
						<th scope="col"><?php esc_html_e( 'File', 'union-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Parts', 'union-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Shortcode', 'union-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Address (for other sites)', 'union-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Change it', 'union-widgets' ); ?></th>
					</tr>
				</thead>
				<tbody>
					<?php foreach ( $ids as $id ) : ?>
						<?php $item = union_widgets_campaign_item( $id ); ?>
						<tr>
							<td><?php echo esc_html( $item['title'] ); ?><br /><small><?php echo esc_html( $item['file'] ); ?></small></td>
							<td><?php echo esc_html( implode( ', ', $item['parts'] ) ); ?></td>
							<td><code><?php echo esc_html( union_widgets_example_shortcode( $item ) ); ?></code></td>
							<td><code><?php echo esc_html( $item['url'] ); ?></code></td>
							<td>
								<?php /* translators: %s: a campaign file's title. */ ?>
								<a class="union-widgets-edit" href="<?php echo esc_url( union_widgets_editor_url( $item['url'] ) ); ?>" target="_blank" rel="noopener" aria-label="<?php echo esc_attr( sprintf( __( 'Open “%s” in the campaign editor (new tab)', 'union-widgets' ), $item['title'] ) ); ?>"><?php esc_html_e( 'Open in the campaign editor', 'union-widgets' ); ?></a>
							</td>
						</tr>
					<?php endforeach; ?>
				</tbody>
			</table>
		<?php endif; ?>
	</div>
	<?php
}

/**
 * The campaign editor page the plugin carries (lib/editor.html), opening `$src` when given.
 *
 * @param string $src The address of a campaign file to open, or ''.
 */
function union_widgets_editor_url( $src = '' ) {
	$url = plugins_url( 'lib/editor.html', UNION_WIDGETS_FILE );
	return '' === $src ? $url : $url . '?src=' . rawurlencode( $src );
}

/**
 * A shortcode for the first widget part a campaign file has.
 *
 * @param array $item A campaign file (union_widgets_campaign_item()).
 */
function union_widgets_example_shortcode( $item ) {
	$widget = 'town-hall';
	foreach ( union_widgets_types() as $name => $key ) {
		if ( in_array( $key, $item['parts'], true ) ) {
			$widget = $name;
			break;
		}
	}
	return sprintf( '[union_widget type="%s" file="%d"]', $widget, $item['id'] );
}

/** Handles the form: nonce, capability, then the same store as the REST route. */
function union_widgets_admin_upload() {
	check_admin_referer( 'union_widgets_upload' );
	if ( ! current_user_can( 'upload_files' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to upload files.', 'union-widgets' ), 403 );
	}
	$replace = isset( $_POST['replace'] ) ? absint( $_POST['replace'] ) : 0;
	if ( $replace && ! current_user_can( 'edit_post', $replace ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to replace this file.', 'union-widgets' ), 403 );
	}
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- the upload's temporary path and name are checked below.
	$file = isset( $_FILES['campaign'] ) ? $_FILES['campaign'] : null;
	if ( ! $file || ! empty( $file['error'] ) || ! is_uploaded_file( $file['tmp_name'] ) ) {
		$result = new WP_Error( 'union_widgets_no_upload', __( 'No file was uploaded.', 'union-widgets' ) );
	} elseif ( filesize( $file['tmp_name'] ) > UNION_WIDGETS_MAX_BYTES ) {
		/* translators: %s: file name. */
		$result = new WP_Error( 'union_widgets_too_big', sprintf( __( '%s is over 5 MB; a campaign file must be smaller.', 'union-widgets' ), sanitize_file_name( $file['name'] ) ) );
	} else {
		$text   = (string) file_get_contents( $file['tmp_name'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file.
		$result = union_widgets_store_campaign( $text, (string) $file['name'], $replace );
	}
	set_transient(
		'union_widgets_notice_' . get_current_user_id(),
		is_wp_error( $result )
			? array(
				'ok'      => false,
				'message' => $result->get_error_message(),
			)
			: array(
				'ok'      => true,
				/* translators: %s: the file's title. */
				'message' => sprintf( __( 'Saved “%s”.', 'union-widgets' ), get_the_title( $result ) ),
			),
		MINUTE_IN_SECONDS
	);
	wp_safe_redirect( admin_url( 'upload.php?page=union-widgets-campaigns' ) );
	exit;
}
add_action( 'admin_post_union_widgets_upload', 'union_widgets_admin_upload' );
