export function EditorPlaceholder() {
  return (
    <div className="flex h-full items-center justify-center text-sm text-zinc-500" aria-busy="true">
      Loading editor…
    </div>
  );
}
