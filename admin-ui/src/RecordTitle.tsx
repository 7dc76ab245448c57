import { useRecordContext, useTranslate, type RaRecord, type TranslateFunction } from 'react-admin';

interface RecordTitleProps<T extends RaRecord> {
    /** The resource, whose `resources.<resource>.name` starts the title. */
    resource: string;
    /** What names this record among the others. */
    subject: (record: T, translate: TranslateFunction) => string;
}

/** A record page's title: what kind of record, then which one (`抽查计划 · <title>`). */
export const RecordTitle = <T extends RaRecord>({ resource, subject }: RecordTitleProps<T>) => {
    const record = useRecordContext<T>();
    const translate = useTranslate();
    if (!record) return null;
    return <span>{`${translate(`resources.${resource}.name`, { smart_count: 1 })} · ${subject(record, translate)}`}</span>;
};
