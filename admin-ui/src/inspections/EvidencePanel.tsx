import DescriptionIcon from '@mui/icons-material/Description';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button as MuiButton, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';

import { errorDetail } from '../api';
import type { ZongjianDataProvider } from '../dataProvider';
import { formatShanghaiTime } from '../time';
import type { Evidence, Inspection } from '../types';

const E = 'resources.inspections.evidence';

/** What the API keeps (api/inspections/evidence.ts); the API checks the bytes again. */
const ACCEPTED = 'image/jpeg,image/png,application/pdf';

const contentPath = (evidence: Evidence) =>
    `/api/v1/inspections/${encodeURIComponent(String(evidence.inspectionId))}/evidence/${encodeURIComponent(String(evidence.id))}`;

/** 512 B, 12.3 KB, 1.5 MB: a size as people read it. */
const formatSize = (bytes: number) =>
    bytes < 1024
        ? `${bytes} B`
        : bytes < 1024 * 1024
          ? `${(bytes / 1024).toFixed(1)} KB`
          : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const isImage = (evidence: Evidence) => evidence.contentType.startsWith('image/');

/** One file: a thumbnail (a photo) or a document icon, both opening the file; who added it and when; the hash folded away. */
const EvidenceItem = ({ evidence }: { evidence: Evidence }) => {
    const translate = useTranslate();
    return (
        <Stack
            direction="row"
            spacing={2}
            data-testid={`evidence-${evidence.id}`}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, alignItems: 'flex-start' }}
        >
            <Box
                component="a"
                href={contentPath(evidence)}
                target="_blank"
                rel="noopener"
                {...(isImage(evidence) ? {} : { download: evidence.fileName })}
                sx={{ width: 96, height: 72, flexShrink: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}
            >
                {isImage(evidence) ? (
                    <img
                        src={contentPath(evidence)}
                        alt={translate(`${E}.thumbnail`, { name: evidence.fileName })}
                        style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'cover' }}
                        data-testid="evidence-thumbnail"
                    />
                ) : (
                    <DescriptionIcon fontSize="large" titleAccess={translate(`${E}.document`, { name: evidence.fileName })} />
                )}
            </Box>
            <Stack spacing={0.25} sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 'medium', wordBreak: 'break-all' }} data-testid="evidence-name">
                    {evidence.fileName}
                </Typography>
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {translate(`${E}.kinds.${isImage(evidence) ? 'photo' : 'document'}`)} · {formatSize(evidence.size)}
                </Typography>
                <Typography variant="caption" sx={{ color: 'text.secondary' }} data-testid="evidence-uploaded">
                    {translate(`${E}.uploaded`, {
                        name: evidence.uploadedBy.displayName,
                        time: formatShanghaiTime(evidence.uploadedAt),
                    })}
                </Typography>
                <Box component="details" sx={{ typography: 'caption', color: 'text.secondary' }}>
                    <summary>{translate(`${E}.verification`)}</summary>
                    <Box component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid="evidence-hash">
                        {evidence.sha256}
                    </Box>
                </Box>
            </Stack>
        </Stack>
    );
};

/**
 * 检查证据: the photos and documents of an inspection, and, for a member of the team (or their supervisor)
 * while the results are not yet confirmed, an upload button taking photos and PDF documents.
 */
export const EvidencePanel = ({ inspection, canUpload }: { inspection: Inspection; canUpload: boolean }) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const notify = useNotify();
    const translate = useTranslate();
    const queryClient = useQueryClient();
    const input = useRef<HTMLInputElement>(null);
    const [uploading, setUploading] = useState(false);
    const queryKey = ['inspection-evidence', inspection.id];
    const { data: evidence = [], isPending } = useQuery({ queryKey, queryFn: () => dataProvider.inspectionEvidence(inspection.id) });

    const upload = async (event: ChangeEvent<HTMLInputElement>) => {
        const files = [...(event.target.files ?? [])];
        event.target.value = '';
        if (files.length === 0) return;
        setUploading(true);
        try {
            for (const file of files) {
                try {
                    await dataProvider.uploadEvidence(inspection.id, file);
                    notify(`${E}.notifications.uploaded`, { type: 'success', messageArgs: { name: file.name } });
                } catch (error) {
                    const detail = errorDetail(error);
                    notify(`${E}.notifications.upload_failed`, {
                        type: 'error',
                        messageArgs: { name: file.name, detail: translate(detail, { _: detail }) },
                    });
                }
            }
        } finally {
            setUploading(false);
            await queryClient.invalidateQueries({ queryKey });
        }
    };

    return (
        <Stack spacing={1} data-testid="evidence">
            {canUpload && (
                <Box>
                    <input
                        ref={input}
                        type="file"
                        accept={ACCEPTED}
                        multiple
                        hidden
                        onChange={upload}
                        data-testid="evidence-input"
                        aria-label={translate(`${E}.upload`)}
                    />
                    <MuiButton
                        variant="outlined"
                        startIcon={<UploadFileIcon />}
                        disabled={uploading}
                        onClick={() => input.current?.click()}
                        data-testid="evidence-upload"
                    >
                        {translate(`${E}.upload`)}
                    </MuiButton>
                    <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 0.5 }}>
                        {translate(`${E}.hint`)}
                    </Typography>
                </Box>
            )}
            {!isPending && evidence.length === 0 && (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {translate(`${E}.none`)}
                </Typography>
            )}
            {evidence.map(item => (
                <EvidenceItem key={item.id} evidence={item} />
            ))}
        </Stack>
    );
};
