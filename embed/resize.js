// The parent page's half of the iframe embed (dist/embed/resize.js, a classic script): sizes each
// <iframe data-union-embed> to the height its embed.html reports. A message is trusted by shape
// only, whatever its origin, and can only resize the frame that sent it: a frame that is not one
// of ours, or a message of another shape, changes nothing. Defines no globals.
//   message: { type: 'union-widgets:height', id: string | null, height: number }
(function () {
  var MAX = 20000;
  addEventListener('message', function (event) {
    var d = event.data;
    if (!d || typeof d !== 'object' || d.type !== 'union-widgets:height') return;
    if (typeof d.height !== 'number' || !isFinite(d.height) || d.height < 0) return;
    if (d.id !== null && d.id !== undefined && typeof d.id !== 'string') return;
    var frames = document.querySelectorAll('iframe[data-union-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(Math.ceil(d.height), MAX) + 'px';
        return;
      }
    }
  });
})();
