import { createContext, useContext, type ReactNode } from 'react';
import type { Role } from './roles';

/** What the access token says about the signed-in user. Shapes the UI only: the API decides. */
export interface TokenUser {
  /** The token's subject: the user's staff id in Hestia. */
  subject?: string;
  username: string;
  displayName: string;
  roles: Role[];
  organisation?: string;
}

export interface AuthSession {
  user: TokenUser;
  logout: () => void;
}

const AuthContext = createContext<AuthSession | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuth must be used inside <AuthProvider>');
  return session;
}
