-- SPDX-FileCopyrightText: 2026 TrancheDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: a tranche deleted where foreign keys are off (the sqlite3 shell, as the user guide
-- shows) takes its events with it, as ON DELETE CASCADE does where they are on (issue 10 item 7).
-- Where foreign keys are on, the cascade has already removed them and the trigger finds nothing.

DELETE FROM tranche_events
WHERE tranche_id IS NOT NULL AND tranche_id NOT IN (SELECT id FROM tranches);

CREATE TRIGGER tranche_events_leave_with_their_tranche
AFTER DELETE ON tranches
BEGIN
    DELETE FROM tranche_events WHERE tranche_id = OLD.id;
END;
