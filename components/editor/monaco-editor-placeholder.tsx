export function EditorPlaceholder() {
  return (
    <div className="flex h-full items-center justify-center text-sm text-zinc-400" aria-busy="true">
      Loading editor…
    </div>
  );
}
