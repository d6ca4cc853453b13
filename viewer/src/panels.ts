/**
 * The side panels make room for the canvas: the filters panel opens and closes with its toolbar
 * button and starts closed on narrow screens; the details panel takes no room while it is empty
 * (style.css). Does not: fill either panel.
 */

/** Below this width the filters panel starts closed. */
export const NARROW = '(max-width: 1100px)';

/** Wire the filters button; `onResize` runs whenever the canvas changed size (sigma must re-measure). */
export function wirePanels(onResize: () => void): void {
  const button = document.getElementById('toggle-filters') as HTMLButtonElement;
  const set = (open: boolean) => {
    document.body.classList.toggle('filters-closed', !open);
    button.setAttribute('aria-expanded', String(open));
  };
  new ResizeObserver(() => onResize()).observe(document.getElementById('graph')!);
  set(!window.matchMedia(NARROW).matches);
  button.addEventListener('click', () => set(document.body.classList.contains('filters-closed')));
}
