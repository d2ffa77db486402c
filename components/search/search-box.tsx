import type { InputHTMLAttributes } from 'react';
import { MAX_QUERY_LENGTH } from '@/lib/search/format';

type QueryFieldProps = {
  id: string;
  label: string;
  submit: string;
  /** What the search page adds to the box: its value as state, and the hint it points to. */
  input?: InputHTMLAttributes<HTMLInputElement>;
};

const boxClasses = [
  'min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-2 text-base text-stone-900',
  'focus:border-sky-700 focus:outline-2 focus:outline-sky-700',
].join(' ');

/** The query's label, its box (`q`, at most MAX_QUERY_LENGTH characters) and the submit button. */
export function QueryField({ id, label, submit, input }: QueryFieldProps) {
  return (
    <>
      <label htmlFor={id} className="block font-medium text-stone-800">
        {label}
      </label>
      <div className="mt-2 flex gap-2">
        <input {...input} id={id} type="search" name="q" maxLength={MAX_QUERY_LENGTH} enterKeyHint="search" className={boxClasses} />
        <button type="submit" className="button">
          {submit}
        </button>
      </div>
    </>
  );
}

type Props = { id: string; action: string; label: string; submit: string };

/** A search form that works without script: it opens the search page with the query in its address. */
export function SearchBox({ id, action, label, submit }: Props) {
  return (
    <form role="search" method="get" action={action} className="mt-8">
      <QueryField id={id} label={label} submit={submit} />
    </form>
  );
}
