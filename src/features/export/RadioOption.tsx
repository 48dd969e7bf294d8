import type { ReactNode } from 'react';

/** One radio button and its label, in a group named `name`. */
export function RadioOption({
  name,
  value,
  checked,
  disabled,
  onSelect,
  children,
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
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        onChange={onSelect}
      />{' '}
      {children}
    </label>
  );
}
