/*
 * Reference driver around TA-Lib's abstract API: the tests compare the streaming indicators with
 * these outputs, so every value here comes from TA-Lib's own C code, not from ours.
 *
 * Usage: talib-ref FUNC[:opt1[:opt2...]] ... < bars
 * Input: one bar per line, "open high low close volume" (whitespace separated).
 * Output per spec: "# SPEC begIdx nbElement" then one line per output: "name v0,v1,..." (%.17g).
 * Options left out keep TA-Lib's defaults; integer options are given as integers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ta_libc.h"

static int fail(const char *what, const char *spec, int code) {
  fprintf(stderr, "talib-ref: %s failed for %s (code %d)\n", what, spec, code);
  return 1;
}

static int run_spec(const char *spec, int n, double *o, double *h, double *l, double *c, double *v) {
  char name[64];
  double opts[16];
  int nopts = 0;
  const char *colon = strchr(spec, ':');
  size_t len = colon ? (size_t)(colon - spec) : strlen(spec);
  if (len >= sizeof name) return fail("name", spec, 0);
  memcpy(name, spec, len);
  name[len] = 0;
  while (colon && nopts < 16) {
    opts[nopts++] = strtod(colon + 1, NULL);
    colon = strchr(colon + 1, ':');
  }
  const TA_FuncHandle *handle;
  const TA_FuncInfo *info;
  TA_ParamHolder *params;
  TA_RetCode rc;
  if ((rc = TA_GetFuncHandle(name, &handle)) != TA_SUCCESS) return fail("TA_GetFuncHandle", spec, rc);
  if ((rc = TA_GetFuncInfo(handle, &info)) != TA_SUCCESS) return fail("TA_GetFuncInfo", spec, rc);
  if ((rc = TA_ParamHolderAlloc(handle, &params)) != TA_SUCCESS) return fail("TA_ParamHolderAlloc", spec, rc);
  for (unsigned i = 0; i < info->nbInput; i++) {
    const TA_InputParameterInfo *in;
    TA_GetInputParameterInfo(handle, i, &in);
    if (in->type == TA_Input_Price) rc = TA_SetInputParamPricePtr(params, i, o, h, l, c, v, NULL);
    else if (in->type == TA_Input_Real) rc = TA_SetInputParamRealPtr(params, i, c);
    else return fail("integer input", spec, 0);
    if (rc != TA_SUCCESS) return fail("set input", spec, rc);
  }
  for (int i = 0; i < nopts && (unsigned)i < info->nbOptInput; i++) {
    const TA_OptInputParameterInfo *opt;
    TA_GetOptInputParameterInfo(handle, i, &opt);
    if (opt->type == TA_OptInput_RealRange || opt->type == TA_OptInput_RealList)
      rc = TA_SetOptInputParamReal(params, i, opts[i]);
    else
      rc = TA_SetOptInputParamInteger(params, i, (TA_Integer)opts[i]);
    if (rc != TA_SUCCESS) return fail("set option", spec, rc);
  }
  double *outs[8];
  int *intOuts[8];
  for (unsigned i = 0; i < info->nbOutput; i++) {
    const TA_OutputParameterInfo *out;
    TA_GetOutputParameterInfo(handle, i, &out);
    outs[i] = calloc((size_t)n, sizeof(double));
    intOuts[i] = NULL;
    if (out->type == TA_Output_Real) rc = TA_SetOutputParamRealPtr(params, i, outs[i]);
    else {
      intOuts[i] = calloc((size_t)n, sizeof(int));
      rc = TA_SetOutputParamIntegerPtr(params, i, intOuts[i]);
    }
    if (rc != TA_SUCCESS) return fail("set output", spec, rc);
  }
  TA_Integer beg = 0, nb = 0;
  if ((rc = TA_CallFunc(params, 0, n - 1, &beg, &nb)) != TA_SUCCESS) return fail("TA_CallFunc", spec, rc);
  printf("# %s %d %d\n", spec, beg, nb);
  for (unsigned i = 0; i < info->nbOutput; i++) {
    const TA_OutputParameterInfo *out;
    TA_GetOutputParameterInfo(handle, i, &out);
    printf("%s ", out->paramName);
    for (int j = 0; j < nb; j++) {
      double value = intOuts[i] ? (double)intOuts[i][j] : outs[i][j];
      printf(j ? ",%.17g" : "%.17g", value);
    }
    printf("\n");
    free(outs[i]);
    free(intOuts[i]);
  }
  TA_ParamHolderFree(params);
  return 0;
}

int main(int argc, char **argv) {
  int cap = 1 << 16, n = 0;
  double *o = malloc(cap * sizeof(double)), *h = malloc(cap * sizeof(double)), *l = malloc(cap * sizeof(double));
  double *c = malloc(cap * sizeof(double)), *v = malloc(cap * sizeof(double));
  double a, b, d, e, f;
  while (scanf("%lf %lf %lf %lf %lf", &a, &b, &d, &e, &f) == 5) {
    if (n == cap) {
      cap *= 2;
      o = realloc(o, cap * sizeof(double)); h = realloc(h, cap * sizeof(double)); l = realloc(l, cap * sizeof(double));
      c = realloc(c, cap * sizeof(double)); v = realloc(v, cap * sizeof(double));
    }
    o[n] = a; h[n] = b; l[n] = d; c[n] = e; v[n] = f;
    n++;
  }
  if (TA_Initialize() != TA_SUCCESS) return fail("TA_Initialize", "-", 0);
  for (int i = 1; i < argc; i++)
    if (run_spec(argv[i], n, o, h, l, c, v)) return 1;
  TA_Shutdown();
  return 0;
}
