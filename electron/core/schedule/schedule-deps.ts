import type { DataSource } from 'typeorm';
import type { Clock } from '../clock';
import type { SettingsService } from '../settings/settings-service';

/** What the schedule's services are built from (core.ts passes them). */
export interface ScheduleDeps {
  dataSource: DataSource;
  clock: Clock;
  settings: SettingsService;
}
