{{/* The chart's name, cut to 63 characters (Kubernetes name limit). */}}
{{- define "tessera.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's full name: <release>-tessera, or the release alone when it names the chart. */}}
{{- define "tessera.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "tessera.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "tessera.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tessera.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "tessera.labels" -}}
helm.sh/chart: {{ include "tessera.chart" . }}
{{ include "tessera.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "tessera.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "tessera.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret the master key is read from: the operator's, or the one the chart creates. */}}
{{- define "tessera.masterKeySecret" -}}
{{- if .Values.masterKey.existingSecret }}
{{- .Values.masterKey.existingSecret }}
{{- else if .Values.masterKey.value }}
{{- printf "%s-master-key" (include "tessera.fullname" .) }}
{{- end }}
{{- end }}

{{/* The Secret the PostgreSQL URL is read from: the operator's, or the one the chart creates. */}}
{{- define "tessera.databaseSecret" -}}
{{- if .Values.database.postgres.existingSecret }}
{{- .Values.database.postgres.existingSecret }}
{{- else }}
{{- printf "%s-database" (include "tessera.fullname" .) }}
{{- end }}
{{- end }}

{{/* ENDPOINT: the value, else the first ingress host, else empty (the server's default). */}}
{{- define "tessera.endpoint" -}}
{{- if .Values.endpoint }}
{{- .Values.endpoint | trimSuffix "/" }}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts }}
{{- $host := (first .Values.ingress.hosts).host }}
{{- printf "%s://%s" (ternary "https" "http" (gt (len .Values.ingress.tls) 0)) $host }}
{{- end }}
{{- end }}

{{- define "tessera.trustProxy" -}}
{{- if kindIs "bool" .Values.trustProxy }}{{ .Values.trustProxy }}{{ else }}{{ .Values.ingress.enabled }}{{ end }}
{{- end }}

{{/*
The combinations the server cannot run safely, refused at render time: several SQLite replicas
would each open their own database file (or fight over one volume), and PostgreSQL needs a URL
and a shared master key.
*/}}
{{- define "tessera.validate" -}}
{{- if eq .Values.database.type "sqlite" }}
{{- if gt (int .Values.replicaCount) 1 }}
{{- fail "replicaCount > 1 needs database.type=postgres: SQLite is one file on one pod's volume" }}
{{- end }}
{{- if .Values.autoscaling.enabled }}
{{- fail "autoscaling.enabled needs database.type=postgres: SQLite is one file on one pod's volume" }}
{{- end }}
{{- if .Values.podDisruptionBudget.enabled }}
{{- fail "podDisruptionBudget.enabled needs database.type=postgres: with one SQLite replica it would block every node drain" }}
{{- end }}
{{- else }}
{{- if not (or .Values.database.postgres.existingSecret .Values.database.postgres.url) }}
{{- fail "database.type=postgres needs database.postgres.existingSecret (a Secret holding the URL) or database.postgres.url" }}
{{- end }}
{{- if not (or .Values.masterKey.existingSecret .Values.masterKey.value) }}
{{- fail "database.type=postgres needs masterKey.existingSecret or masterKey.value: every replica must share one master key" }}
{{- end }}
{{- end }}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- fail "autoscaling.minReplicas must not exceed autoscaling.maxReplicas" }}
{{- end }}
{{- end }}
