import { SHORTCUTS } from './useQueueShortcuts';

export function ShortcutHelp() {
  return (
    <section className="shortcuts" aria-labelledby="shortcuts-h">
      <h2 id="shortcuts-h">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([k, what]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
