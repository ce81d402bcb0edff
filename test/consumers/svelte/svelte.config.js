// svelte-check's project settings (nothing beyond the defaults).
export default {};
