import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './history';
import { isPlainClick } from './isPlainClick';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path inside the app, with its query string (see hrefFor). */
  to: string;
}

/**
 * A real link: it can be opened in a new tab, copied or bookmarked; a plain click changes the page in
 * place, without reloading.
 */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={to}
      target={target}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event) || (target && target !== '_self')) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
