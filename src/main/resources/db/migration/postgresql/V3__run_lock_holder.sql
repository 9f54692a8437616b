-- Who holds the run lock on this database (PostgreSQL only: on HSQLDB a file beside the database names the
-- holder). The lock itself is a session-level advisory lock, released by the server when its connection ends,
-- also after kill -9; the row is written by its holder and is believed only while the lock's backend is alive
-- and the row names that backend.
CREATE TABLE BRIEFING_RUN_LOCK (
  LOCK_NAME VARCHAR(40) NOT NULL PRIMARY KEY,
  BACKEND_PID INT NOT NULL,
  HOST VARCHAR(255) NOT NULL,
  PID BIGINT NOT NULL,
  STARTED TIMESTAMP WITH TIME ZONE NOT NULL,
  COMMAND VARCHAR(1000) NOT NULL,
  EXECUTION_ID BIGINT
);
