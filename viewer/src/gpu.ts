/**
 * Which WebGL the page gets: software rendering (SwiftShader, llvmpipe …, what Chromium uses on a
 * machine without a usable GPU) pays for every drawn node and edge with the page's own time, so
 * large graphs draw fewer of them at a time there (lod.ts budgets). Asking early also starts the
 * browser's GPU process while the bundle is still on its way (the first WebGL context of a page
 * can take a second to appear).
 * Does not: draw.
 */

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let software: boolean | undefined;

/** True when WebGL is drawn in software (asked once per page; false when WebGL is missing). */
export function softwareRendering(): boolean {
  if (software !== undefined) return software;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return (software = false);
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return (software = SOFTWARE_RENDERERS.test(name));
  } catch {
    return (software = false);
  }
}
