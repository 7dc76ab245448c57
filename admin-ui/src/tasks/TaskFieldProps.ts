/**
 * What a task field accepts: it reads the task from the record context, so `source` only
 * names the column or the row label (`resources.tasks.fields.<source>`).
 */
export interface TaskFieldProps {
    source?: string;
    label?: string;
}
