<?php
/**
 * Plugin Name:       Union Widgets
 * Description:       Campaign widgets for union locals — vote tally, action checklist, town hall, petition counter and tentative agreements — as blocks and a shortcode, with campaign files in the media library.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            union-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       union-widgets
 * Domain Path:       /languages
 *
 * @package UnionWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'UNION_WIDGETS_VERSION', '0.1.0' );
define( 'UNION_WIDGETS_FILE', __FILE__ );
define( 'UNION_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/campaign-files.php';
require_once __DIR__ . '/includes/admin-page.php';

/**
 * The plugin's texts in the site's (or the user's) language, from languages/: the .mo files built
 * from the .po files there (scripts/build-wordpress.mjs). WordPress looks only in
 * wp-content/languages/plugins/ (wordpress.org's translations, which still come first) unless
 * told where the plugin keeps its own. On `init`, before the block is registered: block.json's
 * title and description are translated then.
 */
function union_widgets_load_textdomain() {
	load_plugin_textdomain( 'union-widgets', false, dirname( plugin_basename( UNION_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'union_widgets_load_textdomain', 0 );
