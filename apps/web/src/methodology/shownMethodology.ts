import { useQuery } from '@tanstack/react-query';
import { METHODOLOGY_VERSIONS, type MethodologyVersion } from '@cpc/domain';
import { metaQuery } from '../api/metaQuery';
import { useSessionUser } from '../auth/useSession';
import { useLocation } from '../router/useLocation';
import { oneOf } from '../url/pageState';

/** The version an address asks for (`?methodology=v2`), or null when it leaves the choice to the default. */
export function methodologyInAddress(search: string): MethodologyVersion | null {
  return oneOf(METHODOLOGY_VERSIONS, new URLSearchParams(search).get('methodology'));
}

/** The version the API uses when a request names none (an admin's decision); undefined until known or signed out. */
export function useDefaultMethodology(): MethodologyVersion | undefined {
  const user = useSessionUser();
  const meta = useQuery({ ...metaQuery(), enabled: user !== null });
  return meta.data?.methodologyVersion;
}

/** The version of the figures on screen: the one the address names, else the default. */
export function useShownMethodology(): MethodologyVersion | undefined {
  const { search } = useLocation();
  const defaultVersion = useDefaultMethodology();
  return methodologyInAddress(search) ?? defaultVersion;
}
