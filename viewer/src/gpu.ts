/**
 * Which WebGL the page gets: software rendering (SwiftShader, llvmpipe …, what Chromium uses on a
 * machine without a usable GPU) pays for every drawn node and edge with the page's own time, so
 * large graphs draw fewer of them at a time there (lod.ts budgets). Asking early also starts the
 * browser's GPU process while the bundle is still on its way (the first WebGL context of a page
 * can take a second to appear). The question is asked in a worker (an OffscreenCanvas) where the
 * browser has them, so that second blocks the worker, not the page; else on the page.
 * Does not: draw.
 */

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let software: boolean | undefined;

/** The renderer's name from a WebGL context ('' without one); runs on the page or, as source text, in a worker. */
function rendererName(make: () => { getContext(kind: string): unknown } | undefined): string {
  try {
    const canvas = make();
    const gl = (canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')) as WebGLRenderingContext | null | undefined;
    if (!gl) return '';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return '';
  }
}

/** True when WebGL is drawn in software (asked once per page, on the page unless {@link detectRendering} already knows; false when WebGL is missing). */
export function softwareRendering(): boolean {
  return (software ??= SOFTWARE_RENDERERS.test(rendererName(() => document.createElement('canvas'))));
}

/**
 * Find out, off the page's thread where possible, whether WebGL is drawn in software; resolves
 * once {@link softwareRendering} answers without blocking. Started early: the answer (and the GPU
 * process) is there by the time the graph is drawn.
 */
export function detectRendering(): Promise<void> {
  if (software !== undefined || typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return Promise.resolve();
  return new Promise<void>((resolve) => {
    let worker: Worker | undefined;
    const done = (name: string | undefined) => {
      worker?.terminate();
      if (name !== undefined && software === undefined) software = SOFTWARE_RENDERERS.test(name);
      resolve();
    };
    try {
      const source = `const rendererName = ${rendererName.toString()};\npostMessage(rendererName(() => new OffscreenCanvas(1, 1)));`;
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      worker = new Worker(url);
      URL.revokeObjectURL(url);
      worker.onmessage = (e: MessageEvent<string>) => done(e.data);
      worker.onerror = () => done(undefined); // (then asked on the page)
    } catch {
      done(undefined);
    }
  });
}
