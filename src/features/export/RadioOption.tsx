import type { ReactNode } from 'react';

/** One radio button and its label, in a group named `name`. */
export function RadioOption({
  onSelect,
  children,
  ...input
}: {
  name: string;
  value?: string;
  checked: boolean;
  disabled?: boolean;
  onSelect: () => void;
  children: ReactNode;
}) {
  return (
    <label>
      <input type="radio" {...input} onChange={onSelect} /> {children}
    </label>
  );
}
