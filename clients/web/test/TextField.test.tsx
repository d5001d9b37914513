import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextField } from '../src/components/TextField';

describe('TextField', () => {
  it('labels its input and ties an error to it, announced', () => {
    render(<TextField label="Пароль" error="Слишком короткий" value="" onChange={() => undefined} />);
    const input = screen.getByLabelText('Пароль');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByRole('alert');
    expect(error.textContent).toBe('Слишком короткий');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
  });

  it('is valid without an error', () => {
    render(<TextField label="Логин" value="" onChange={() => undefined} />);
    expect(screen.getByLabelText('Логин').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
