// `npm start`: the demo on http://localhost:8000/ — the built dist/ and the sample campaign,
// served the way we recommend a CDN serve them, under a strict Content-Security-Policy.
const port = Number(process.env.PORT || 8000);

export default {
  rootDir: '.',
  port,
  middleware: [
    async (ctx, next) => {
      if (ctx.path === '/') ctx.path = '/demo/index.html';
      await next();
      if (ctx.path.endsWith('.json')) ctx.set('Cache-Control', 'public, max-age=30');
      if (ctx.response.is('html'))
        ctx.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'",
        );
    },
  ],
};
