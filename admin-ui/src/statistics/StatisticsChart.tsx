import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

import type { StatisticSection } from './types';

// Only the parts of ECharts the dashboard draws (bar, pie, line, heatmap; grid, tooltip, legend, the heatmap's
// colour scale; the SVG renderer), so the bundle carries them and not the whole library.
echarts.use([BarChart, HeatmapChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

/** The series colours; the first is the theme's primary blue. */
export const CHART_COLORS = ['#1976d2', '#ef6c00', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41', '#546e7a'];

/** The columns a chart draws: counts, at most three (a table below holds every column; amounts are not drawn). */
const drawn = (section: StatisticSection) => section.columns.filter(c => c.type === 'number').slice(0, section.chart === 'pie' ? 1 : 3);

/** The distinct values of a row field, in the rows' order (the server sorts the cells by town, then industry). */
const distinct = (section: StatisticSection, key: string) => [...new Set(section.rows.map(r => String(r[key] ?? '')))];

/** A heat matrix: one cell per row at (axes.x, axes.y), its colour and number the `measure` column. */
const heatOption = (section: StatisticSection, measure: string, header: (key: string, title: string) => string) => {
    const axes = section.axes ?? { x: 'label', y: 'label' };
    const xs = distinct(section, axes.x);
    const ys = distinct(section, axes.y);
    const column = section.columns.find(c => c.key === measure) ?? section.columns[section.columns.length - 1];
    const values = section.rows.map(r => (r[column.key] === null || r[column.key] === undefined ? null : Number(r[column.key])));
    const max = Math.max(1, ...values.map(v => v ?? 0));
    return {
        animation: false,
        tooltip: { position: 'top' },
        grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
        xAxis: { type: 'category', data: xs, splitArea: { show: true }, axisLabel: { interval: 0, rotate: 30, width: 120, overflow: 'truncate' } },
        yAxis: { type: 'category', data: ys, splitArea: { show: true } },
        visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, inRange: { color: ['#e3f2fd', '#1976d2', '#c62828'] } },
        series: [
            {
                type: 'heatmap',
                name: header(column.key, column.title),
                // Cells in the rows' order, so a click's dataIndex is the row's index.
                data: section.rows.map((r, i) => [xs.indexOf(String(r[axes.x] ?? '')), ys.indexOf(String(r[axes.y] ?? '')), values[i] ?? '-']),
                label: { show: true, fontSize: 11 },
                emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
            },
        ],
    };
};

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
    section.chart === 'heatmap'
        ? Math.max(240, distinct(section, section.axes?.y ?? 'label').length * 36 + 140)
        : section.chart === 'bar'
          ? Math.max(160, section.rows.length * (drawn(section).length > 1 ? 34 : 26) + 60)
          : 280;

/**
 * One section drawn; a click on a bar, slice or heat cell calls `onPick` with its row's index. A heat matrix
 * colours its cells by the `measure` column.
 */
export const StatisticsChart = ({ section, header, onPick, measure }: { section: StatisticSection; header: (key: string, title: string) => string; onPick?: (index: number) => void; measure?: string }) => (
    <ReactEChartsCore
        echarts={echarts}
        option={section.chart === 'heatmap' ? heatOption(section, measure ?? '', header) : option(section, header)}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height: chartHeight(section), width: '100%', cursor: onPick ? 'pointer' : undefined }}
        onEvents={onPick ? { click: (p: { dataIndex: number }) => onPick(p.dataIndex) } : undefined}
    />
);
