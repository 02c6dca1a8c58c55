import { useWatched, type Watched } from '../batches/watched-value';

/** What is being done while a change is on its way to the engine ("Saving your change…"). */
export function BusyNote({ busy }: { readonly busy: Watched<string | null> }) {
  const doing = useWatched(busy, (value) => value);
  if (!doing) return null;
  return (
    <span role="status" data-testid="bulk-progress">
      {doing}
    </span>
  );
}
