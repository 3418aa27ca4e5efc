import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { createHearthQueryClient } from './queries';
import { createAppRouter } from './router';

/**
 * The app of one signed-in person. Its query cache and router are made when it mounts (after
 * sign-in or unlocking) and dropped at sign-out: the router starts from the address as it is then,
 * so a pasted link opens its screen, and the next person never sees the last one's cached rows.
 */
export function SignedInApp() {
  const [queryClient] = useState(createHearthQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
