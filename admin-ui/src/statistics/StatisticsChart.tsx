import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

import type { StatisticSection } from './types';

// Only the parts of ECharts the dashboard draws (bar, pie, line; grid, tooltip, legend; the SVG renderer),
// so the bundle carries them and not the whole library.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The series colours; the first is the theme's primary blue. */
export const CHART_COLORS = ['#1976d2', '#ef6c00', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41', '#546e7a'];

/** The columns a chart draws: counts, at most three (a table below holds every column). */
const drawn = (section: StatisticSection) => section.columns.filter(c => c.type === 'number').slice(0, section.chart === 'pie' ? 1 : 3);

const option = (section: StatisticSection, header: (key: string, title: string) => string) => {
    const columns = drawn(section);
    const labels = section.rows.map(r => r.label);
    const base = { color: CHART_COLORS, animation: false, tooltip: { trigger: section.chart === 'pie' ? 'item' : 'axis' } };
    if (section.chart === 'pie') {
        const c = columns[0];
        return {
            ...base,
            legend: { type: 'scroll', bottom: 0 },
            series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], name: header(c.key, c.title), data: section.rows.map(r => ({ name: r.label, value: Number(r[c.key] ?? 0) })), label: { formatter: '{b}: {c}', width: 140, overflow: 'truncate' } }],
        };
    }
    const legend = columns.length > 1 ? { legend: { top: 0 } } : {};
    if (section.chart === 'line') {
        return {
            ...base,
            ...legend,
            grid: { left: 48, right: 24, top: 36, bottom: 32 },
            xAxis: { type: 'category', data: labels },
            yAxis: { type: 'value', minInterval: 1 },
            series: columns.map(c => ({ type: 'line', name: header(c.key, c.title), data: section.rows.map(r => Number(r[c.key] ?? 0)) })),
        };
    }
    // Bars lie down, so a department's long name reads in full beside its bar.
    return {
        ...base,
        ...legend,
        grid: { left: 8, right: 32, top: columns.length > 1 ? 36 : 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
        series: columns.map(c => ({ type: 'bar', name: header(c.key, c.title), data: section.rows.map(r => Number(r[c.key] ?? 0)), barMaxWidth: 22 })),
    };
};

export const chartHeight = (section: StatisticSection) =>
    section.chart === 'bar' ? Math.max(160, section.rows.length * (drawn(section).length > 1 ? 34 : 26) + 60) : 280;

/** One section drawn; a click on a bar or slice calls `onPick` with its row's index. */
export const StatisticsChart = ({ section, header, onPick }: { section: StatisticSection; header: (key: string, title: string) => string; onPick?: (index: number) => void }) => (
    <ReactEChartsCore
        echarts={echarts}
        option={option(section, header)}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height: chartHeight(section), width: '100%', cursor: onPick ? 'pointer' : undefined }}
        onEvents={onPick ? { click: (p: { dataIndex: number }) => onPick(p.dataIndex) } : undefined}
    />
);
