type Directives = Record<string, string[] | null>;

/**
 * Content-Security-Policy for the web app: everything from our own origin, no inline scripts or
 * styles (Vite emits external files only), images also as data: URLs (inline SVG icons). Even if
 * an article's text ever reached the DOM as markup, its <script> or onerror= could not run.
 */
export function webAppCsp(https: boolean): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Only when served over https: on plain http it would break every subresource.
    'upgrade-insecure-requests': https ? [] : null,
  };
}

/** Swagger UI at /api/docs: the same, except that its page carries inline <style> blocks. */
export function swaggerUiCsp(https: boolean): Directives {
  return { ...webAppCsp(https), 'style-src': ["'self'", "'unsafe-inline'"] };
}
